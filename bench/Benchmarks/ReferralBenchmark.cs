using System.Diagnostics;
using System.Globalization;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Network;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// The storage requests of each referral action (reads, entity-group transactions, other), then how many actions per
/// second the use cases sustain against Azurite with several clients acting on referrals of their own.
/// </summary>
internal static class ReferralBenchmark
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        Console.WriteLine($"Starting a private Azurite (in memory); cost per action, then {clients} clients for {seconds} s ...");
        await using var azurite = await LocalAzurite.StartAsync();
        var counter = new StorageRequestCounter();
        var tables = new AppTables(new StorageSettings(azurite.ConnectionString, null), counter);
        await tables.EnsureCreatedAsync(None);
        var world = await ReferralWorld.CreateAsync(tables, clients);

        var costs = await MeasureCostsAsync(world, counter);
        var (actions, elapsed) = await MeasureThroughputAsync(world, clients, TimeSpan.FromSeconds(seconds));

        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; Azurite in memory on loopback.");
        Console.WriteLine("Colleague directory warm (its copy is at most a minute old).");
        Console.WriteLine();
        Console.WriteLine("| action | reads | transactions | other | total |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var c in costs)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {c.Action} | {c.Reads} | {c.Transactions} | {c.Other} | {c.Reads + c.Transactions + c.Other} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Throughput: {actions:N0} actions in {elapsed.TotalSeconds:0.0} s with {clients} clients = {actions / elapsed.TotalSeconds:0} actions/s (each client: create, accept, ask, answer, complete, repeat)."));
        return 0;
    }

    private static async Task<List<Cost>> MeasureCostsAsync(ReferralWorld world, StorageRequestCounter counter)
    {
        var list = new List<Cost>();
        var (referrer, receiver, other) = world.Clients[0];

        async Task<T> Measure<T>(string action, Func<Task<T>> run)
        {
            using var tally = counter.BeginTally();
            var result = await run();
            var requests = tally.Requests;
            list.Add(new Cost(
                action,
                requests.Count(r => r.Method == "GET"),
                requests.Count(r => r.IsBatch),
                requests.Count(r => r.Method != "GET" && !r.IsBatch)));
            return result;
        }

        var created = await Measure("create (receiver given)", () => world.Service.CreateAsync(world.Municipality, world.Draft(receiver.Id), referrer.Id, None));
        var id = created.Value!.Id;
        await Measure("mark sent", async () => { await world.Service.MarkSentAsync(id, None); return 0; });
        await Measure("accept", () => world.Service.AcceptAsync(id, receiver.Id, None));
        await Measure("ask the referrer", () => world.Service.RequestInformationAsync(id, receiver.Id, "Welk adres?", None));
        await Measure("answer", () => world.Service.ProvideInformationAsync(id, referrer.Id, "Dorpsstraat 1", None));
        await Measure("forward", () => world.Service.ForwardAsync(id, receiver.Id, other.Id, "Voor jou", None));
        await Measure("accept (new receiver)", () => world.Service.AcceptAsync(id, other.Id, None));
        await Measure("complete", () => world.Service.CompleteAsync(id, other.Id, "Geholpen", None));
        var second = await world.Service.CreateAsync(world.Municipality, world.Draft(receiver.Id), referrer.Id, None);
        await Measure("decline", () => world.Service.DeclineAsync(second.Value!.Id, receiver.Id, "Niet voor ons", None));
        var third = await world.Service.CreateAsync(world.Municipality, world.Draft(receiver.Id), referrer.Id, None);
        await Measure("refused (complete when new)", () => world.Service.CompleteAsync(third.Value!.Id, receiver.Id, "Klaar", None));
        await Measure("referral with history", () => world.Store.GetAsync(id, None));
        await Measure("my referrals (one colleague)", () => world.Store.ListForColleagueAsync(world.Municipality.Code, referrer.Id, TimeSpan.FromDays(30), None));
        await Measure("open referrals (municipality)", () => world.Store.ListOpenAsync(world.Municipality.Code, None));
        await Measure("outbox: pending (max 100)", () => world.Outbox.ListPendingAsync(world.Municipality.Code, 100, None));
        var pending = (await world.Outbox.ListPendingAsync(world.Municipality.Code, 1, None))[0];
        await Measure("outbox: remove one", async () => { await world.Outbox.RemoveAsync(pending, None); return 0; });
        return list;
    }

    private static async Task<(long Actions, TimeSpan Elapsed)> MeasureThroughputAsync(ReferralWorld world, int clients, TimeSpan duration)
    {
        long actions = 0;
        using var stop = new CancellationTokenSource(duration);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(world.Clients.Take(clients).Select(c => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var id = (await world.Service.CreateAsync(world.Municipality, world.Draft(c.Receiver.Id), c.Referrer.Id, None)).Value!.Id;
                Ensure(await world.Service.AcceptAsync(id, c.Receiver.Id, None));
                Ensure(await world.Service.RequestInformationAsync(id, c.Receiver.Id, "Welk adres?", None));
                Ensure(await world.Service.ProvideInformationAsync(id, c.Referrer.Id, "Dorpsstraat 1", None));
                Ensure(await world.Service.CompleteAsync(id, c.Receiver.Id, "Geholpen", None));
                Interlocked.Add(ref actions, 5);
            }
        })));
        return (actions, watch.Elapsed);
    }

    private static void Ensure(Domain.Validation.Result<Referral>? result)
    {
        if (result is not { IsValid: true })
        {
            throw new InvalidOperationException("An action in the benchmark was refused: " + string.Join(", ", result?.Errors.Select(e => e.Code) ?? ["not found"]));
        }
    }

    private sealed record Cost(string Action, int Reads, int Transactions, int Other);
}
