namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// What the beheerder searches a day for: exact actor, object id and action, each optional. Actor and object id also
/// match their audit pseudonym (<see cref="AuditPseudonyms"/>), which the log fills in.
/// </summary>
public sealed record AuditQuery(
    DateOnly Day,
    string? Actor = null,
    string? ObjectId = null,
    string? Action = null,
    string? ActorPseudonym = null,
    string? ObjectIdPseudonym = null)
{
    public bool Matches(AuditRecord record) =>
        (string.IsNullOrEmpty(Actor) || string.Equals(record.Actor, Actor, StringComparison.OrdinalIgnoreCase) || string.Equals(record.Actor, ActorPseudonym, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(ObjectId) || string.Equals(record.ObjectId, ObjectId, StringComparison.Ordinal) || string.Equals(record.ObjectId, ObjectIdPseudonym, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Action) || string.Equals(record.Action, Action, StringComparison.Ordinal));
}
