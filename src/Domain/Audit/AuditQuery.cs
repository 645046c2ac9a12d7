namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// What the beheerder searches a day for: exact actor, object id and action, each optional. Actor and object id also
/// match their audit pseudonyms (<see cref="AuditPseudonyms"/>, one per pseudonym key), which the log fills in.
/// </summary>
public sealed record AuditQuery(
    DateOnly Day,
    string? Actor = null,
    string? ObjectId = null,
    string? Action = null,
    IReadOnlyList<string>? ActorPseudonyms = null,
    IReadOnlyList<string>? ObjectIdPseudonyms = null)
{
    public bool Matches(AuditRecord record) =>
        (string.IsNullOrEmpty(Actor) || string.Equals(record.Actor, Actor, StringComparison.OrdinalIgnoreCase) || (record.Actor is { } actor && ActorPseudonyms?.Contains(actor, StringComparer.Ordinal) == true))
        && (string.IsNullOrEmpty(ObjectId) || string.Equals(record.ObjectId, ObjectId, StringComparison.Ordinal) || (record.ObjectId is { } objectId && ObjectIdPseudonyms?.Contains(objectId, StringComparer.Ordinal) == true))
        && (string.IsNullOrEmpty(Action) || string.Equals(record.Action, Action, StringComparison.Ordinal));
}
