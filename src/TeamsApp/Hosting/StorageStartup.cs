using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Notifications;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.TeamsApp.DemoData;

namespace Wijkverbinder.TeamsApp.Hosting;

/// <summary>
/// Before the app takes requests: creates the tables and queues if missing and, where configured (locally), seeds the demo
/// municipality once and builds its dashboards, so a fresh local run has them.
/// </summary>
internal sealed partial class StorageStartup(
    AppTables tables,
    AppQueues queues,
    DemoDataSeeder seeder,
    IOptions<DemoDataOptions> demoData,
    DashboardRefresher dashboards,
    IOptions<WijkverbinderOptions> options,
    ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken);
        await queues.EnsureCreatedAsync(cancellationToken);
        if (demoData.Value.Seed)
        {
            var seeded = await seeder.SeedOnceAsync(cancellationToken);
            LogSeeded(logger, seeded);
            LogDashboards(logger, await dashboards.RefreshAllAsync(options.Value.MunicipalityCode, cancellationToken));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Members} members written (0: it was there already).")]
    private static partial void LogSeeded(ILogger logger, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboards: {Snapshots} snapshots built.")]
    private static partial void LogDashboards(ILogger logger, int snapshots);
}
