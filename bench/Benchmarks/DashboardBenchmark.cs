using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Dashboard;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// The dashboard of one district of growing size: time (median of 5) and memory allocated by the network analysis and
/// by the whole snapshot build, the snapshot's size as JSON and compressed, and the storage requests (and time) to
/// read it back from Azurite. Sizes are "members" (5 ties per member) or "members:ties". The processor time is printed
/// beside the wall time because the build machines are shared: the load average tells how much the wall time waited.
/// </summary>
internal static class DashboardBenchmark
{
    private const int Runs = 5;
    private static readonly CancellationToken None = CancellationToken.None;

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (args.Length > 0 ? args : ["1000", "5000", "20000"]).Select(Parse).ToList();
        Console.WriteLine($"Starting a private Azurite (in memory); districts of {string.Join(", ", sizes.Select(s => $"{s.Members:N0} members/{s.Ties:N0} ties"))} ...");
        await using var azurite = await LocalAzurite.StartAsync();
        var counter = new StorageRequestCounter();
        var tables = new AppTables(new StorageSettings(azurite.ConnectionString, null), counter);
        await tables.EnsureCreatedAsync(None);
        var store = new TableDashboardStore(tables);

        Console.WriteLine($"{Environment.ProcessorCount} cores; load average (1, 5, 15 min): {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| members | ties | analysis ms (median of 5) | analysis CPU ms | analysis MB allocated | snapshot build ms | build CPU ms | snapshot JSON KB | compressed KB | rows | read requests | read ms |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < sizes.Count; i++)
        {
            var (members, ties) = sizes[i];
            var digits = (8000 + i).ToString(CultureInfo.InvariantCulture);
            var areaId = new AreaId($"GM{digits}", "A1");
            var area = new Area(areaId, "Gebied 1", [$"WK{digits}01"]);
            var municipality = new Municipality(
                areaId.Municipality, "Proefgemeente", [area], [new District(area.DistrictCodes[0], "Wijk 01", areaId)],
                [.. SyntheticDistrictNetwork.ThemeIds.Select(t => new Theme(t, t))]);
            var network = SyntheticDistrictNetwork.Create(area, members, ties);

            var (analysisMs, analysisCpuMs, analysisBytes) = Measure(() => NetworkAnalysis.Analyse(network.Members, network.Ties));
            var builder = new DashboardBuilder(TimeProvider.System);
            var scope = DashboardScope.ForDistrict(area.DistrictCodes[0]);
            DashboardSnapshot? snapshot = null;
            var (buildMs, buildCpuMs, _) = Measure(() => snapshot = builder.Build(scope, "Wijk 01", municipality, network, area.DistrictCodes, [], new Dictionary<ColleagueId, string>()));

            var json = JsonSerializer.SerializeToUtf8Bytes(snapshot!, DashboardJsonContext.Default.DashboardSnapshot);
            var compressed = TableDashboardStore.Compress(snapshot!);
            await store.SaveAsync(scope, snapshot!, None);
            var rows = (int)Math.Ceiling(compressed.Length / (double)(TableDashboardStore.ChunkBytes * TableDashboardStore.ChunksPerRow));

            await store.GetAsync(scope, None);
            var watch = Stopwatch.StartNew();
            int requests;
            using (var tally = counter.BeginTally())
            {
                _ = await store.GetAsync(scope, None) ?? throw new InvalidOperationException("The snapshot did not come back.");
                requests = tally.Requests.Count;
            }

            watch.Stop();
            Console.Out.Flush();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {members:N0} | {ties:N0} | {analysisMs:F0} | {analysisCpuMs:F0} | {analysisBytes / 1048576.0:F1} | {buildMs:F0} | {buildCpuMs:F0} | {json.Length / 1024.0:F0} | {compressed.Length / 1024.0:F0} | {rows} | {requests} | {watch.Elapsed.TotalMilliseconds:F0} |"));
        }

        return 0;
    }

    private static (int Members, int Ties) Parse(string size)
    {
        var parts = size.Split(':');
        var members = int.Parse(parts[0], CultureInfo.InvariantCulture);
        return (members, parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : members * 5);
    }

    /// <summary>
    /// Median wall time and median processor time (all threads of this process) of <see cref="Runs"/> runs after one
    /// warm-up, and the bytes one run allocates (all threads).
    /// </summary>
    private static (double Milliseconds, double CpuMilliseconds, long Allocated) Measure(Action action)
    {
        action();
        var times = new List<double>(Runs);
        var cpu = new List<double>(Runs);
        long allocated = 0;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < Runs; run++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (Median.Of(times)!.Value, Median.Of(cpu)!.Value, allocated);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
