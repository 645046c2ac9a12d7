using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Mail;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Tests.LogScan;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// The dispatch path as the Functions host builds it (<see cref="AddNotificationDispatch"/>), on the shared Azurite,
/// a fake Graph and a stub Bot Connector, on the town's own clock. Every person in the town has a 1:1 chat with the
/// bot ("a:" + name); the queues are emptied first (the tests of the Azurite collection run one at a time).
/// </summary>
internal sealed class DispatchHost : IAsyncDisposable
{
    public const string Sender = "wijkverbinder@gemeente.example";

    private DispatchHost(ReferralTown town, FakeGraph graph, DispatchConnector connector, ServiceProvider services, IConfiguration configuration)
    {
        Town = town;
        Graph = graph;
        Connector = connector;
        Services = services;
        Configuration = configuration;
    }

    public ReferralTown Town { get; }

    public FakeGraph Graph { get; }

    public DispatchConnector Connector { get; }

    public ServiceProvider Services { get; }

    public IConfiguration Configuration { get; }

    public string TenantId => $"tenant-{Town.Code}";

    public ReferralService Referrals => Services.GetRequiredService<ReferralService>();

    public OutboxRelay Relay => Services.GetRequiredService<OutboxRelay>();

    public NotificationQueueProcessor Processor => Services.GetRequiredService<NotificationQueueProcessor>();

    public AppQueues Queues => Services.GetRequiredService<AppQueues>();

    public IDeliveryLog Deliveries => Services.GetRequiredService<IDeliveryLog>();

    public IConversationDirectory Conversations => Services.GetRequiredService<IConversationDirectory>();

    /// <summary>
    /// <paramref name="services"/> runs before <c>AddNotificationDispatch</c> (to put a decorator in front of a part);
    /// <paramref name="settings"/> add to or override the configuration.
    /// </summary>
    public static async Task<DispatchHost> StartAsync(
        AzuriteFixture azurite,
        Action<IServiceCollection, IConfiguration>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var graph = await FakeGraph.StartAsync();
        var connector = await DispatchConnector.StartAsync();
        connector.Clock = town.Clock;
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:storage"] = azurite.ConnectionString,
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Wijkverbinder:MunicipalityCode"] = town.Code,
            ["Wijkverbinder:TenantId"] = $"tenant-{town.Code}",
            ["Wijkverbinder:SenderMailbox"] = Sender,
            ["Wijkverbinder:TeamsAppId"] = "wijkverbinder-app",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddLogScan());
        collection.AddSingleton<TimeProvider>(town.Clock);
        services?.Invoke(collection, configuration);
        collection.AddNotificationDispatch(configuration);
        var host = new DispatchHost(town, graph, connector, collection.BuildServiceProvider(validateScopes: true), configuration);
        await host.Queues.EnsureCreatedAsync(CancellationToken.None);
        await host.Queues.Notifications.ClearMessagesAsync();
        await host.Queues.Poison.ClearMessagesAsync();
        foreach (var person in new[] { town.Referrer, town.Ann, town.Bob, town.Specialist, town.Manager, town.Outsider })
        {
            await host.Conversations.SaveAsync(host.AddressOf(person), CancellationToken.None);
        }

        return host;
    }

    public static string ConversationOf(Colleague colleague) => $"a:{colleague.Name}";

    public static string UserIdOf(Colleague colleague) => $"29:{colleague.Name}";

    public ConversationAddress AddressOf(Colleague person) => new()
    {
        TenantId = TenantId,
        Kind = ConversationKind.Personal,
        Key = person.Id.Value,
        ConversationId = ConversationOf(person),
        ServiceUrl = Connector.ServiceUrl,
        ChannelId = "msteams",
        BotId = "28:wijkverbinder",
        UserId = UserIdOf(person),
        UpdatedAt = Town.Clock.GetUtcNow(),
    };

    /// <summary>A resident question for the specialist (a person, so cards reach a 1:1 chat).</summary>
    public ReferralDraft Draft(string summary = "Hulp bij formulieren", string? details = "Bewoner wil hulp bij het invullen van formulieren.") =>
        Town.Draft(summary) with { Receiver = Town.Specialist.Id, Details = details };

    public async Task<Referral> CreateAsync(ReferralDraft? draft = null)
    {
        var result = await Referrals.CreateAsync(Town.Town.Municipality, draft ?? Draft(), Town.Referrer.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value!;
    }

    /// <summary>Relays the outbox and works the queue until both are empty (a delivery can cause a new event: Sent).</summary>
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

    /// <summary>The sendMail requests Graph received, one per distinct Internet message id (retries of one mail count once).</summary>
    public IReadOnlyList<SentMail> Mails()
    {
        var mails = Graph.Requests
            .Where(r => r.Method == "POST" && r.Path.EndsWith("/sendMail", StringComparison.Ordinal))
            .Select(r => SentMail.From(r))
            .ToList();
        return mails.DistinctBy(m => m.InternetMessageId).ToList();
    }

    public IReadOnlyList<SentMail> MailsTo(Colleague colleague) => Mails().Where(m => m.To == colleague.Mail).ToList();

    /// <summary>Graph accepted exactly as many mails as there are distinct ones: nothing was sent twice.</summary>
    public void AssertNoMailTwice() => Assert.Equal(Mails().Count, Graph.Accepted);

    public IReadOnlyList<JsonElement> CardsTo(Colleague person) =>
        Connector.Delivered(ConversationOf(person)).Select(CardOf).ToList();

    public static JsonElement CardOf(System.Text.Json.Nodes.JsonObject activity)
    {
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return JsonSerializer.SerializeToElement(attachment["content"]);
    }

    /// <summary>The first text block of a card: the lead that says why it came.</summary>
    public static string LeadOf(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().First().GetProperty("text").GetString()!;

    /// <summary>Every text a card shows, depth first: text block texts, fact titles and values, action titles.</summary>
    public static IEnumerable<string> TextsOf(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var text in element.EnumerateArray().SelectMany(TextsOf))
            {
                yield return text;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value")
                {
                    yield return property.Value.GetString()!;
                }
                else
                {
                    foreach (var text in TextsOf(property.Value))
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
