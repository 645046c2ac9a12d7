using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.Functions;

/// <summary>Every day at 01:00 UTC: verifies yesterday's audit chain and records the result in the audit log.</summary>
public sealed class CheckAuditIntegrity(AuditIntegrityJob job)
{
    public const string Schedule = "0 0 1 * * *";

    [Function(nameof(CheckAuditIntegrity))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
