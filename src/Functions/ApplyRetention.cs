using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.Functions;

/// <summary>Every day at 02:00 UTC: removes what has expired per record type and records the counts in the audit log.</summary>
public sealed class ApplyRetention(RetentionJob job)
{
    public const string Schedule = "0 0 2 * * *";

    [Function(nameof(ApplyRetention))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
