using System.Globalization;

namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// Searching a day of the audit log and checking its integrity. A day's last records could be removed without a gap
/// showing inside the day, so the check also compares with the next day's integrity check record, which holds the
/// last sequence number the day had when it was verified.
/// </summary>
public sealed class AuditSearch(IAuditLog log, AuditKeyRing keys)
{
    public const int MaxResults = 500;

    public async Task<AuditSearchResult> SearchAsync(string municipality, AuditQuery query, CancellationToken cancellationToken)
    {
        var records = await log.ReadDayAsync(municipality, query.Day, cancellationToken);
        var integrity = await CheckAsync(municipality, query.Day, records, cancellationToken);
        var prepared = await log.PrepareAsync(municipality, query, cancellationToken);
        var matching = records.Where(prepared.Matches).ToList();
        return new AuditSearchResult([.. matching.OrderByDescending(r => r.Sequence).Take(MaxResults)], matching.Count, integrity);
    }

    public async Task<AuditDayCheck> CheckAsync(string municipality, DateOnly day, CancellationToken cancellationToken) =>
        await CheckAsync(municipality, day, await log.ReadDayAsync(municipality, day, cancellationToken), cancellationToken);

    private async Task<AuditDayCheck> CheckAsync(string municipality, DateOnly day, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var check = AuditVerifier.Verify(municipality, day, records, keys);
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = await log.ReadDayAsync(municipality, day.AddDays(1), cancellationToken);
        var verifiedUpTo = next
            .Where(r => r.Action == AuditActions.Verify && r.ObjectType == AuditActions.AuditDayObject && r.ObjectId == dayText)
            .Max(r => r.Count) ?? 0;
        return verifiedUpTo > check.LastSequence
            ? check with { Problems = [.. check.Problems, new AuditProblem(AuditProblemKind.Gap, check.LastSequence + 1)] }
            : check;
    }
}
