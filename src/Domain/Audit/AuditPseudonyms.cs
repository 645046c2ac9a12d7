using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// The audit log stores a keyed pseudonym (<see cref="Pseudonyms.ForAudit"/>) instead of a person's id: as actor, and
/// as object id where the object is a person or their entry. So an erased person's id is in no audit record, the
/// records are never rewritten and every day's chain still verifies; with the key, the beheerder can still search
/// for a given id (the search pseudonymises it the same way).
/// </summary>
public static class AuditPseudonyms
{
    private static readonly HashSet<string> PersonObjects = new(["member", "tie", "colleague", "consent"], StringComparer.Ordinal);

    public static AuditEntry Apply(AuditEntry entry, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry with
        {
            Actor = IsPersonId(entry.Actor) ? Pseudonyms.ForAudit(key, entry.Actor!) : entry.Actor,
            ObjectId = PersonObjects.Contains(entry.ObjectType) && IsPersonId(entry.ObjectId) ? Pseudonyms.ForAudit(key, entry.ObjectId!) : entry.ObjectId,
        };
    }

    /// <summary>
    /// The query with the pseudonyms of its actor and object id under each key (the current one and those before a
    /// rotation), so it matches records stored any way.
    /// </summary>
    public static AuditQuery Apply(AuditQuery query, IReadOnlyList<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(keys);
        return query with
        {
            ActorPseudonyms = IsPersonId(query.Actor) ? [.. keys.Select(k => Pseudonyms.ForAudit(k, query.Actor!))] : null,
            ObjectIdPseudonyms = IsPersonId(query.ObjectId) ? [.. keys.Select(k => Pseudonyms.ForAudit(k, query.ObjectId!))] : null,
        };
    }

    private static bool IsPersonId(string? value) =>
        !string.IsNullOrEmpty(value) && value != AuditEntry.SystemActor && value != AuditEntry.Unreadable
        && !value.StartsWith(Pseudonyms.AuditPrefix, StringComparison.Ordinal);
}
