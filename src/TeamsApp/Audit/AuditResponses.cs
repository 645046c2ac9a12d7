using System.Globalization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.TeamsApp.Audit.Contracts;

namespace Wijkverbinder.TeamsApp.Audit;

internal static class AuditResponses
{
    public static AuditSearchResponse Search(DateOnly day, AuditSearchResult result) => new(
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        result.Matched,
        [.. result.Records.Select(Record)],
        Integrity(result.Integrity));

    public static AuditIntegrityResponse Integrity(AuditDayCheck check) =>
        new(check.Intact, check.Records, check.LastSequence, [.. check.Problems.Select(p => new AuditProblemResponse(p.Kind.ToString(), p.Sequence))]);

    private static AuditRecordResponse Record(AuditRecord r) =>
        new(r.Sequence, r.At, r.Action, r.ObjectType, r.ObjectId, r.Result.ToString(), r.Origin.ToString(), r.Actor, r.Count);
}
