using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Audit;

namespace Wijkverbinder.Notifications.Jobs;

/// <summary>
/// The daily integrity check: verifies yesterday's audit chain of the configured municipality and records the result
/// in today's chain (Allowed: intact, Failed: a gap, an altered record or a broken link), with yesterday's last
/// sequence number as Count, so a later check notices if yesterday's last records disappear.
/// </summary>
public sealed partial class AuditIntegrityJob(
    AuditSearch search,
    IAuditLog log,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<AuditIntegrityJob> logger)
{
    public async Task<AuditDayCheck> RunAsync(CancellationToken cancellationToken)
    {
        var municipality = options.Value.MunicipalityCode;
        var yesterday = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
        var check = await search.CheckAsync(municipality, yesterday, cancellationToken);
        await log.AppendAsync(
            new AuditEntry(
                municipality,
                AuditActions.Verify,
                AuditActions.AuditDayObject,
                yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                check.Intact ? AuditResult.Allowed : AuditResult.Failed,
                AuditOrigin.Job,
                AuditEntry.SystemActor,
                check.LastSequence),
            cancellationToken);
        if (check.Intact)
        {
            LogIntact(logger, yesterday, check.Records);
        }
        else
        {
            foreach (var problem in check.Problems)
            {
                LogProblem(logger, yesterday, problem.Kind, problem.Sequence);
            }
        }

        return check;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit log of {Day}: {Records} records, chain intact.")]
    private static partial void LogIntact(ILogger logger, DateOnly day, int records);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit log of {Day}: {Kind} at sequence {Sequence}.")]
    private static partial void LogProblem(ILogger logger, DateOnly day, AuditProblemKind kind, long sequence);
}
