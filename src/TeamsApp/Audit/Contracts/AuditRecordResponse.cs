namespace Wijkverbinder.TeamsApp.Audit.Contracts;

/// <summary>One audit record as the search API shows it (ids and codes only, as stored).</summary>
public sealed record AuditRecordResponse(
    long Sequence,
    DateTimeOffset At,
    string Action,
    string ObjectType,
    string? ObjectId,
    string Result,
    string Origin,
    string? Actor,
    long? Count);
