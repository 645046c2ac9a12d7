using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Mail;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Tests.LogScan;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>
/// The meeting task path as the hosts build it (<see cref="DispatchServiceCollectionExtensions.AddNotificationDispatch"/>)
/// on the shared Azurite and a fake Graph, with a recording messenger in place of the bot and a meeting store whose
/// link saves can be made to crash. The meetings queue is emptied first (the Azurite collection runs one test at a time).
/// </summary>
internal sealed class MeetingHost : IAsyncDisposable
{
    private MeetingHost(MeetingTown town, FakeGraph graph, ServiceProvider services, CrashingLinksStore store, RecordingMessenger messenger)
    {
        Messenger = messenger;
        Town = town;
        Graph = graph;
        Services = services;
        Store = store;
    }

    public MeetingTown Town { get; }

    public FakeGraph Graph { get; }

    public ServiceProvider Services { get; }

    public CrashingLinksStore Store { get; }

    public RecordingMessenger Messenger { get; }

    public OutboxRelay Relay => Services.GetRequiredService<OutboxRelay>();

    public MeetingQueueProcessor Processor => Services.GetRequiredService<MeetingQueueProcessor>();

    public MeetingTaskDispatcher Dispatcher => Services.GetRequiredService<MeetingTaskDispatcher>();

    public AppQueues Queues => Services.GetRequiredService<AppQueues>();

    /// <summary>The organiser's Graph user: their Entra object id, never their mail address (it would land in request logs).</summary>
    public string OrganiserCalendarUser => Town.Manager.Id.Value;

    public static async Task<MeetingHost> StartAsync(AzuriteFixture azurite, string? calendarMailbox = null)
    {
        var town = await MeetingTown.CreateAsync(azurite);
        var graph = await FakeGraph.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:storage"] = azurite.ConnectionString,
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Wijkverbinder:MunicipalityCode"] = town.Code,
            ["Wijkverbinder:TenantId"] = $"tenant-{town.Code}",
            ["Wijkverbinder:SenderMailbox"] = "wijkverbinder@gemeente.example",
            ["Wijkverbinder:CalendarMailbox"] = calendarMailbox,
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddLogScan());
        collection.AddSingleton<TimeProvider>(town.Clock);
        collection.AddNotificationDispatch(configuration);
        var store = new CrashingLinksStore(town.Store);
        collection.AddSingleton<IMeetingStore>(store);
        var messenger = new RecordingMessenger();
        collection.AddSingleton<IMeetingMessenger>(messenger);
        var host = new MeetingHost(town, graph, collection.BuildServiceProvider(validateScopes: true), store, messenger);
        await host.Queues.EnsureCreatedAsync(CancellationToken.None);
        await host.Queues.Meetings.ClearMessagesAsync();
        await host.Queues.MeetingsPoison.ClearMessagesAsync();
        return host;
    }

    /// <summary>Relays the outbox and works the meetings queue until both are empty.</summary>
    public async Task DrainAsync()
    {
        for (var round = 0; round < 20; round++)
        {
            var relayed = await Relay.RelayAsync(Town.Code, CancellationToken.None);
            var processed = 0;
            int batch;
            while ((batch = await Processor.ProcessBatchAsync(32, CancellationToken.None)) > 0)
            {
                processed += batch;
            }

            if (relayed == 0 && processed == 0)
            {
                return;
            }
        }

        Assert.Fail("The outbox and the queue did not run empty in 20 rounds.");
    }

    /// <summary>The Graph requests on calendar events, in order.</summary>
    public IReadOnlyList<RecordedRequest> EventRequests() =>
        Graph.Requests.Where(r => r.Path.Contains("/events", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
