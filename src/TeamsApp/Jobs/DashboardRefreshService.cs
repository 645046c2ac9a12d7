using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage.Dashboard;

namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>
/// Rebuilds the dashboards of the areas that changed, soon after the change: woken by <see cref="DashboardSignal"/>, it
/// waits a moment (Jobs:DashboardDebounce, 2 s) so a burst of changes is one rebuild, then rebuilds each marked area once. A failed
/// rebuild puts its marks back, so nothing is lost; the timer job rebuilds everything now and then as a backstop.
/// </summary>
internal sealed partial class DashboardRefreshService(
    DashboardSignal signal,
    DashboardRefresher refresher,
    INetworkStore network,
    TimeProvider clock,
    ILogger<DashboardRefreshService> logger,
    TimeSpan debounce) : BackgroundService
{    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
                await Task.Delay(debounce, clock, stoppingToken);
                await RebuildAsync(signal.Take(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RebuildAsync(DashboardChanges changes, CancellationToken stoppingToken)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        try
        {
            var areas = 0;
            var snapshots = 0;
            foreach (var code in changes.Municipalities)
            {
                var municipality = await network.GetMunicipalityAsync(code, stoppingToken);
                if (municipality is null)
                {
                    continue;
                }

                var changed = changes.AreasIn(municipality);
                areas += changed.Count;
                snapshots += await refresher.RefreshAreasAsync(municipality, changed, stoppingToken);
            }

            LogRebuilt(logger, areas, snapshots);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Storage may be briefly away; the marks go back and wake the loop again after a pause.
            LogFailed(logger, e.GetType().Name);
            await Task.Delay(RetryAfter, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            signal.Restore(changes);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboards: {Areas} changed areas rebuilt ({Snapshots} snapshots).")]
    private static partial void LogRebuilt(ILogger logger, int areas, int snapshots);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dashboard rebuild failed ({Error}); trying again shortly.")]
    private static partial void LogFailed(ILogger logger, string error);
}
