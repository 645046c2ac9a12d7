using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Cards;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Benchmarks.CardActions;

/// <summary>
/// The buttons on a referral's card: adaptiveCard/action invokes through POST /api/messages that create and change
/// referrals against Azurite, one after another. Per action: the time until the replacing card is in the response
/// (p50/p99) and the storage requests the request made (counted in its own async flow, so the app's background
/// work, such as relaying the outbox, is not mixed in). The app runs in-process on the test server (no sockets).
/// </summary>
internal static class CardActionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var result = await MeasureAsync(args.FirstOrDefault(a => !a.StartsWith('-')) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : args.Contains("--quick") ? 30 : 150);
        Console.WriteLine();
        Console.WriteLine(result);
        return 0;
    }

    public static async Task<string> MeasureAsync(int referrals)
    {
        Console.WriteLine($"Card actions: {referrals} referrals, each created and taken through accept, ask, answer and complete by pressing the card's buttons ...");
        await using var azurite = await LocalAzurite.StartAsync();
        var tables = new AppTables(new StorageSettings(azurite.ConnectionString, null), new StorageRequestCounter());
        await tables.EnsureCreatedAsync(CancellationToken.None);
        var world = await ReferralWorld.CreateAsync(tables, 1);
        using var host = new BotHost(azurite.ConnectionString, teamsLimits: false, new Dictionary<string, string>
        {
            ["Wijkverbinder:MunicipalityCode"] = world.Municipality.Code,

            // The queue's dispatch (measured by "dispatch") would compete for the processor; the outbox keeps the notifications.
            ["Jobs:RunInProcess"] = "false",
        });

        // The request runs in the caller's async flow, so a tally opened around it counts exactly its storage requests.
        // Set before the client is made: the test server's handler copies it.
        host.Server.PreserveExecutionContext = true;
        using var http = host.CreateClient();
        var counter = host.Services.GetRequiredService<StorageRequestCounter>();
        var (referrer, receiver, _) = world.Clients[0];
        var samples = new Dictionary<string, List<(double Ms, int Requests, int Batches)>>();

        async Task PressAsync(string action, Colleague actor, string verb, JsonObject data, bool measured)
        {
            var activity = Invoke(actor, verb, data);
            using var tally = counter.BeginTally();
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            watch.Stop();
            if (body?["statusCode"]?.GetValue<int>() != 200 || body["value"] is null)
            {
                throw new InvalidOperationException($"{verb} was not answered with a card: {(int)response.StatusCode} {body}");
            }

            if (measured)
            {
                var list = samples.TryGetValue(action, out var existing) ? existing : samples[action] = [];
                list.Add((watch.Elapsed.TotalMilliseconds, tally.Requests.Count, tally.Requests.Count(r => r.IsBatch)));
            }
        }

        // The first round warms up the app (JIT, caches) and is not counted.
        for (var i = 0; i <= referrals; i++)
        {
            var measured = i > 0;
            await PressAsync("create (referral.create, from the form)", referrer, "referral.create", new JsonObject
            {
                ["district"] = "WK910001", ["theme"] = "armoede", ["subject"] = nameof(SubjectKind.ResidentQuestion), ["summary"] = "Hulp bij formulieren",
                ["details"] = "Bewoner wil hulp bij het invullen van formulieren.", ["urgency"] = "Normal", ["receiver"] = receiver.Id.Value, ["personalData"] = "false",
            }, measured);
            var id = (await world.Service.CreateAsync(world.Municipality, world.Draft(receiver.Id), referrer.Id, CancellationToken.None)).Value!.Id.ToString();
            await PressAsync("refresh (referral.refresh, no change)", receiver, ReferralVerbs.Refresh, Data(id), measured);
            await PressAsync("accept", receiver, ReferralVerbs.Accept, Data(id), measured);
            await PressAsync("ask the referrer", receiver, ReferralVerbs.RequestInformation, Data(id, (ReferralInputs.Question, "Welk adres?")), measured);
            await PressAsync("answer", referrer, ReferralVerbs.ProvideInformation, Data(id, (ReferralInputs.Answer, "Dorpsstraat 1")), measured);
            await PressAsync("complete", receiver, ReferralVerbs.Complete, Data(id, (ReferralInputs.Outcome, "Geholpen")), measured);
        }

        var table = new MarkdownTable("action (button on the card)", "p50 ms", "p99 ms", "storage requests", "of which transactions");
        foreach (var (action, list) in samples)
        {
            var times = list.Select(s => s.Ms).Order().ToArray();
            var requests = list.Select(s => s.Requests).Distinct().Order().ToArray();
            table.Add(action, F(Percentile.Of(times, 0.5)), F(Percentile.Of(times, 0.99)), string.Join("–", requests.Length > 1 ? [requests[0], requests[^1]] : requests), string.Join("–", list.Select(s => s.Batches).Distinct().Order()));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{referrals} referrals, each action pressed once per referral, one at a time; colleague directory warm.\n\n{table}");
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static JsonObject Data(string id, params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { [ReferralVerbs.ReferralIdField] = id };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return data;
    }

    private static JsonObject Invoke(Colleague actor, string verb, JsonObject data)
    {
        var conversation = "a:card-" + actor.Id.Value;
        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:user-" + actor.Id.Value, ["aadObjectId"] = actor.Id.Value },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "bench" },
            ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "Wijkverbinder" },
            ["locale"] = "nl-NL",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = verb, ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
    }
}
