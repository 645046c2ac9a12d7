using System.Globalization;
using Wijkverbinder.Benchmarks.NaiveStorage;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// Counts the storage requests (and entity-group transactions among them) of each network operation, for
/// municipalities of growing size, with the measured district always the same size. Counts, not times: they do not
/// depend on how busy the machine is.
/// </summary>
internal static class StorageCostBenchmark
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 5_000, 20_000];
        Console.WriteLine($"Starting a private Azurite (in memory) and building municipalities of {string.Join(", ", sizes)} members ...");
        await using var azurite = await LocalAzurite.StartAsync();
        var counter = new StorageRequestCounter();
        var tables = new AppTables(new StorageSettings(azurite.ConnectionString, null), counter);
        await tables.EnsureCreatedAsync(None);
        var clock = TimeProvider.System;

        var naiveService = NaiveNetworkLayout.ServiceClient(azurite.ConnectionString, counter);
        var results = new List<Measurement>();
        var naiveResults = new List<Measurement>();
        for (var i = 0; i < sizes.Length; i++)
        {
            var loadStore = new TableNetworkStore(tables, clock);
            var town = await SyntheticMunicipality.CreateAsync(i + 1, sizes[i], loadStore, tables, clock);
            results.AddRange(await MeasureAsync(sizes[i], town, tables, counter, clock));
            var naive = new NaiveNetworkLayout(naiveService, i + 1);
            await naive.EnsureCreatedAsync();
            await naive.SeedAsync(town);
            naiveResults.AddRange(await NaiveStorageMeasurement.MeasureAsync(sizes[i], town, naive, tables.Service, counter, clock));
        }

        PrintTable(results);
        PrintComparison(results, naiveResults);
        return 0;
    }

    private static async Task<List<Measurement>> MeasureAsync(int size, SyntheticMunicipality town, AppTables tables, StorageRequestCounter counter, TimeProvider clock)
    {
        // A fresh store has an empty municipality cache: the first read shows the cost of a cold start.
        var store = new TableNetworkStore(tables, clock);
        var registry = new NetworkRegistry(store, clock);
        var district = town.MeasuredDistrict;
        var list = new List<Measurement>();

        async Task<T> Measure<T>(string operation, Func<Task<T>> action, bool fullRead = false)
        {
            StorageRequest[] requests;
            T result;
            using (var tally = counter.BeginTally())
            {
                result = await action();
                requests = tally.Requests.ToArray();
            }

            var rows = fullRead ? await CountRowsAsync(tables, requests) : 0;
            list.Add(new Measurement(operation, size, requests.Length, requests.Count(r => r.IsBatch), rows, await ScannedRows.OfAsync(tables.Service, requests)));
            return result;
        }

        await Measure("municipality (cold cache)", () => store.GetMunicipalityAsync(town.Municipality.Code, None), fullRead: true);
        var view = await Measure("district network", () => store.GetDistrictNetworkAsync(district, None), fullRead: true);
        await Measure("area network", () => store.GetAreaNetworkAsync(district.Area, None), fullRead: true);
        var someone = view.Members[^1];
        await Measure("member with its ties", () => store.GetMemberAsync(someone.Id, None), fullRead: true);
        var targets = view.Members.Take(5).Select(m => new TieInput(m.Id.ToString(), TieType.WorksWith, null, null)).ToList();
        var draft = new Initiative { Id = default, Name = "Nieuw initiatief", Districts = [district.Code], Themes = ["meedoen"], JoinedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        var created = await Measure("create member with 5 ties", () => registry.CreateMemberAsync(draft, targets, None));
        var createdMember = created.Value!.Member;
        await Measure("update member (has 5 ties)", () => registry.UpdateMemberAsync(createdMember with { Name = "Hernoemd initiatief" }, None));
        var newTie = await Measure("add a tie", () => registry.AddTieAsync(createdMember.Id, new TieInput(view.Members[6].Id.ToString(), TieType.MetAt, null, null), None));
        await Measure("update a tie's last contact", () => registry.UpdateTieAsync(createdMember.Id, view.Members[6].Id, TieType.MetAt, null, newTie!.Value!.LastContactOn, newTie.Value.Version!, None));
        await Measure("find members by name prefix", () => store.FindMembersByNameAsync(district.Area, "Partner 0001", 50, None));
        return list;
    }

    /// <summary>The rows a full read's query matched, counted again outside the tally.</summary>
    private static async Task<int> CountRowsAsync(AppTables tables, IReadOnlyList<StorageRequest> requests)
    {
        var query = requests.FirstOrDefault(r => r.Method == "GET" && r.Filter is not null);
        if (query is null)
        {
            return 0;
        }

        var table = query.Path.Contains(AppTables.MunicipalitiesTableName, StringComparison.Ordinal) ? tables.Municipalities : tables.Network;
        var rows = 0;
        await foreach (var _ in table.QueryAsync<Azure.Data.Tables.TableEntity>(query.Filter, select: ["RowKey"], cancellationToken: None))
        {
            rows++;
        }

        return rows;
    }

    private static void PrintTable(List<Measurement> results)
    {
        Console.WriteLine();
        Console.WriteLine($"Storage requests per operation. Measured district: {SyntheticMunicipality.MeasuredDistrictMembers} members with 2 ties each; the rest of the municipality grows.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}.");
        Console.WriteLine();
        Console.WriteLine("| operation | municipality members | requests | of which transactions | rows returned | requests per 1,000 rows |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var m in results)
        {
            var rows = m.Rows == 0 ? "-" : m.Rows.ToString("N0", CultureInfo.InvariantCulture);
            var perThousand = m.Rows == 0 ? "-" : (m.Requests / Math.Ceiling(m.Rows / 1000.0)).ToString("0.##", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {m.Operation} | {m.Size:N0} | {m.Requests} | {m.Batches} | {rows} | {perThousand} |"));
        }
    }

    private static void PrintComparison(List<Measurement> ours, List<Measurement> naive)
    {
        Console.WriteLine();
        Console.WriteLine("Ours beside the naive layout (one table per entity type, the municipality as partition, filters on district, area and tie ends without a partition; NaiveNetworkLayout), same data. Rows read: what the service reads to answer (a query without a partition key reads the whole table).");
        Console.WriteLine();
        var table = new MarkdownTable("operation", "municipality members", "requests (ours)", "requests (naive)", "rows read (ours)", "rows read (naive)");
        foreach (var m in ours)
        {
            var n = naive.Single(x => x.Operation == m.Operation && x.Size == m.Size);
            table.Add(m.Operation, m.Size.ToString("N0", CultureInfo.InvariantCulture), N(m.Requests), N(n.Requests), N(m.Scanned), N(n.Scanned));
        }

        Console.Write(table);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

}
