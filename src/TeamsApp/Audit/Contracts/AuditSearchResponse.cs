namespace Wijkverbinder.TeamsApp.Audit.Contracts;

/// <summary>A day's matching records (newest first, at most 500), how many matched, and the day's integrity.</summary>
public sealed record AuditSearchResponse(string Date, int Matched, IReadOnlyList<AuditRecordResponse> Records, AuditIntegrityResponse Integrity);
