using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Conversations;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Protocol.Connector;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// Dispatch throughput: referrals to many officials (each a chat of their own, so the app-wide 50 requests per second
/// is the limit that binds), relayed to the queue and dispatched by several workers through the real connector (with
/// its Teams rate limiter) to a local Bot Connector that refuses, with 429, anything beyond Teams' limits.
/// </summary>
internal static class DispatchBenchmark
{
    private const string Code = "GM9990";
    private const int AllowedPerSecond = 50;
    private static readonly CancellationToken None = CancellationToken.None;

    public static async Task<int> RunAsync(string[] args)
    {
        var referrals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 400;
        var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var margin = args.Length > 2 ? TimeSpan.FromMilliseconds(int.Parse(args[2], CultureInfo.InvariantCulture)) : new TeamsRateLimits().ArrivalMargin;
        Console.WriteLine($"Starting a private Azurite, a fake Graph and a Teams-limited connector; {referrals} referrals, {workers} workers, arrival margin {margin.TotalMilliseconds} ms ...");
        await using var azurite = await LocalAzurite.StartAsync();
        await using var connector = await TeamsLimitedConnector.StartAsync();
        var (graph, graphUrl) = await LoopbackWebApp.StartAsync(web =>
        {
            web.MapPost("/v1.0/users/{mailbox}/sendMail", () => Results.StatusCode(202));
            web.MapGet("/v1.0/users/{mailbox}/mailFolders/sentitems/messages", () => Results.Json(new { value = Array.Empty<object>() }));
        });
        await using var graphApp = graph;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:storage"] = azurite.ConnectionString,
            ["Graph:BaseUrl"] = graphUrl + "v1.0",
            ["Wijkverbinder:MunicipalityCode"] = Code,
            ["Wijkverbinder:TenantId"] = "bench-tenant",
            ["Wijkverbinder:SenderMailbox"] = "wijkverbinder@bench.example",
            ["Wijkverbinder:TeamsAppId"] = "bench-app",
        }).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddNotificationDispatch(configuration);
        collection.Configure<ConnectorClientOptions>(o => o.RateLimits = new TeamsRateLimits { ArrivalMargin = margin });
        await using var services = collection.BuildServiceProvider();

        var tables = services.GetRequiredService<AppTables>();
        await tables.EnsureCreatedAsync(None);
        await services.GetRequiredService<AppQueues>().EnsureCreatedAsync(None);
        var municipality = await SeedAsync(services, connector.ServiceUrl, referrals);

        // Everything is on the queue before the clock starts: this measures dispatch, not referring.
        var service = services.GetRequiredService<ReferralService>();
        var referrer = ColleagueId.ForPerson(Guid.Empty);
        for (var i = 0; i < referrals; i++)
        {
            var draft = new ReferralDraft { Subject = SubjectKind.ResidentQuestion, Summary = $"Vraag {i}", District = "WK999001", Theme = "meedoen", Receiver = Receiver(i) };
            var result = await service.CreateAsync(municipality, draft, referrer, None);
            if (!result.IsValid)
            {
                throw new InvalidOperationException(string.Join(", ", result.Errors.Select(e => e.Code)));
            }
        }

        var relay = services.GetRequiredService<OutboxRelay>();
        while (await relay.RelayAsync(Code, None) > 0)
        {
        }

        var processor = services.GetRequiredService<NotificationQueueProcessor>();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (connector.AcceptedAt.Count < referrals)
            {
                if (await processor.ProcessBatchAsync(8, None) == 0)
                {
                    await Task.Delay(100);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var times = connector.AcceptedAt.Order().ToList();
        var span = TimeSpan.FromSeconds((times[^1] - times[0]) / (double)Stopwatch.Frequency);
        var rate = (times.Count - 1) / span.TotalSeconds;
        var workingSet = Environment.WorkingSet / (1024.0 * 1024);
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; Azurite, fake Graph and connector on loopback.");
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| cards accepted by the connector | {times.Count} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| mails (sent alongside, not rate limited) | {referrals} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| dispatch time, first card to last (s) | {span.TotalSeconds:0.0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| cards per second | {rate:0.0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| share of Teams' allowed {AllowedPerSecond}/s | {rate / AllowedPerSecond:P0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| 429 answers from the connector | {connector.Refused} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| whole run, queue to last card (s) | {elapsed.TotalSeconds:0.0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| working set at the end (MB) | {workingSet:0} |"));
        return 0;
    }

    private static ColleagueId Receiver(int i) => ColleagueId.ForPerson(new Guid(i + 1, 0, 0, new byte[8]));

    private static async Task<Municipality> SeedAsync(IServiceProvider services, string serviceUrl, int receivers)
    {
        var area = new AreaId(Code, "A");
        var municipality = new Municipality(Code, "Benchgemeente", [new Area(area, "Gebied", ["WK999001"])], [new District("WK999001", "Wijk", area)], [new Theme("meedoen", "Meedoen")]);
        await services.GetRequiredService<INetworkStore>().SaveMunicipalityAsync(municipality, None);
        var directory = services.GetRequiredService<IColleagueDirectory>();
        var conversations = services.GetRequiredService<IConversationDirectory>();
        await directory.SaveAsync(Code, Person(ColleagueId.ForPerson(Guid.Empty), "Verwijzer"), None);
        for (var i = 0; i < receivers; i++)
        {
            var id = Receiver(i);
            await directory.SaveAsync(Code, Person(id, $"Ambtenaar {i}"), None);
            await conversations.SaveAsync(
                new ConversationAddress
                {
                    TenantId = "bench-tenant", Kind = ConversationKind.Personal, Key = id.Value, ConversationId = $"a:{i}", ServiceUrl = serviceUrl,
                    ChannelId = "msteams", BotId = "28:bench", UserId = $"29:{i}", UpdatedAt = DateTimeOffset.UtcNow,
                },
                None);
        }

        return municipality;
    }

    private static Colleague Person(ColleagueId id, string name) => new()
    {
        Id = id, Kind = ColleagueKind.Person, Name = name, Mail = $"{id.Value}@bench.example", Roles = [AppRole.Specialist], Districts = ["WK999001"],
    };
}
