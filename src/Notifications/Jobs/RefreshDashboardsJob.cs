using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Dashboard;

namespace Wijkverbinder.Notifications.Jobs;

/// <summary>
/// The backstop for the dashboards: rebuilds every area's and district's snapshot of the configured municipality, so
/// a change whose prompt rebuild was lost (a restart, a failure) shows within minutes anyway.
/// </summary>
public sealed partial class RefreshDashboardsJob(
    DashboardRefresher refresher,
    IOptions<WijkverbinderOptions> options,
    ILogger<RefreshDashboardsJob> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var saved = await refresher.RefreshAllAsync(options.Value.MunicipalityCode, cancellationToken);
        LogRefreshed(logger, saved);
        return saved;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboards: {Count} snapshots rebuilt.")]
    private static partial void LogRefreshed(ILogger logger, int count);
}
