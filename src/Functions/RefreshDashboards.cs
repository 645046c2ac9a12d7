using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.Functions;

/// <summary>Every 5 minutes: rebuilds every dashboard snapshot, the backstop behind the TeamsApp's prompt rebuilds.</summary>
public sealed class RefreshDashboards(RefreshDashboardsJob job)
{
    public const string Schedule = "0 */5 * * * *";

    [Function(nameof(RefreshDashboards))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
