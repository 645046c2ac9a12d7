namespace Wijkverbinder.Domain.Audit;

/// <summary>The records of a day that match a query (newest first, at most <see cref="AuditSearch.MaxResults"/>), how many matched, and the day's integrity.</summary>
public sealed record AuditSearchResult(IReadOnlyList<AuditRecord> Records, int Matched, AuditDayCheck Integrity);
