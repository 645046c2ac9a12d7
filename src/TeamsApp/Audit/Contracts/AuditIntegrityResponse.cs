namespace Wijkverbinder.TeamsApp.Audit.Contracts;

/// <summary>The integrity of the searched day's chain: intact, or each problem (Gap, Altered, BrokenLink) at its sequence number.</summary>
public sealed record AuditIntegrityResponse(bool Intact, int Records, long LastSequence, IReadOnlyList<AuditProblemResponse> Problems);
