namespace Wijkverbinder.Domain.Audit;

/// <summary>What the beheerder searches a day for: exact actor, object id and action, each optional.</summary>
public sealed record AuditQuery(DateOnly Day, string? Actor = null, string? ObjectId = null, string? Action = null)
{
    public bool Matches(AuditRecord record) =>
        (string.IsNullOrEmpty(Actor) || string.Equals(record.Actor, Actor, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(ObjectId) || string.Equals(record.ObjectId, ObjectId, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Action) || string.Equals(record.Action, Action, StringComparison.Ordinal));
}
