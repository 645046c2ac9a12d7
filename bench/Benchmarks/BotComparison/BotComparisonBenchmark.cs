using System.Globalization;
using System.Text;
using Wijkverbinder.DevTools;
using Wijkverbinder.Domain.Dashboard;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>
/// Our /api/messages side by side with an echo bot on the Bot Framework SDK for JavaScript and one on the Teams SDK for
/// TypeScript: each stack in a process of its own on this machine, the same "help" message activities, every reply
/// sent through the connector to the same local stub. Per stack and round: turns per second under a closed loop
/// (saturation), message-to-reply p50/p99 under an open loop at a fixed rate, processor time per turn, and the peak
/// resident memory of the stack's process. Rounds rotate the order of the stacks; the tables show the median.
/// </summary>
internal static class BotComparisonBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var loadBefore = Report.MachineDescription.LoadAverage();
        var result = await MeasureAsync(BotComparisonOptions.Parse(args));
        Console.WriteLine();
        Console.WriteLine(result.Markdown);
        if (args.Contains("--append-report"))
        {
            // A later rerun of the headline (e.g. when the shared machine is quieter) joins the generated report, dated, beside the first.
            var command = "dotnet run -c Release --project bench/Benchmarks -- bots " + string.Join(' ', args);
            await File.AppendAllTextAsync(
                Path.GetFullPath(Path.Combine(NodeTools.Directory, "..", "docs", "performance.md")),
                $"{Environment.NewLine}## Bot endpoint, rerun at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{Environment.NewLine}{Environment.NewLine}`{command}`; load average (1, 5, 15 min) at the start: {loadBefore}, at the end: {Report.MachineDescription.LoadAverage()}.{Environment.NewLine}{Environment.NewLine}{result.Markdown}");
        }

        return result.Medians.All(m => m.Lost == 0) ? 0 : 1;
    }

    public static async Task<BotComparisonResult> MeasureAsync(BotComparisonOptions options)
    {
        await PeerPackages.EnsureInstalledAsync(["botbuilder", "teams-sdk"]);
        Console.WriteLine($"Bot endpoint comparison: {options.Describe()} ...");
        await using var azurite = await LocalAzurite.StartAsync();
        BotStack[] stacks = [BotStack.Wijkverbinder(azurite.ConnectionString), BotStack.BotBuilder, BotStack.TeamsSdk];
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) });
        var rounds = new List<StackMeasurement>();
        for (var round = 0; round < options.Rounds; round++)
        {
            // Rotating the order spreads slow moments of a shared machine over all stacks.
            foreach (var stack in stacks.Skip(round % stacks.Length).Concat(stacks.Take(round % stacks.Length)))
            {
                var measured = await MeasureStackAsync(stack, http, options);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round {round + 1}, {stack.ShortName}: {measured.TurnsPerSecond:0} turns/s, p99 {measured.ReplyP99Ms:0.0} ms at {measured.FixedRateAchieved:0}/s, peak {measured.PeakResidentMb:0} MiB"));
                rounds.Add(measured);
            }
        }

        var medians = stacks.Select(s => MedianOf(s.Name, rounds.Where(r => r.Stack == s.Name).ToList())).ToList();
        return new BotComparisonResult(medians, Markdown(medians, options));
    }

    private static async Task<StackMeasurement> MeasureStackAsync(BotStack stack, HttpClient http, BotComparisonOptions options)
    {
        await using var stub = await ReplyStub.StartAsync();
        var port = BotStack.FreePort();
        using var process = await BotStackProcess.StartAsync(stack.StartInfo(port), port);
        var atStart = process.ResidentMegabytes();
        var load = new TurnLoad(http, process.Endpoint, stub);
        await load.ClosedLoopAsync(options.Users, options.WarmUp);
        var cpuBefore = process.ProcessorTime();
        var saturation = await load.ClosedLoopAsync(options.Users, options.Saturation);
        var cpu = process.ProcessorTime() - cpuBefore;
        var fixedRate = await load.OpenLoopAsync(options.Rate, options.FixedRate);
        return new StackMeasurement(
            stack.Name,
            saturation.TurnsPerSecond,
            cpu.TotalMilliseconds / Math.Max(1, saturation.TurnsPerSecond * saturation.Elapsed.TotalSeconds),
            fixedRate.SentPerSecond,
            Percentile.Of(fixedRate.ReplyMs, 0.50),
            Percentile.Of(fixedRate.ReplyMs, 0.99),
            Percentile.Of(fixedRate.ResponseMs, 0.50),
            Percentile.Of(fixedRate.ResponseMs, 0.99),
            fixedRate.Lost + (int)saturation.Failed,
            atStart,
            process.PeakResidentMegabytes(),
            stub.MeanReplyBytes);
    }

    private static StackMeasurement MedianOf(string stack, List<StackMeasurement> rounds)
    {
        double M(Func<StackMeasurement, double> figure) => Median.Of(rounds.Select(figure).ToList()) ?? double.NaN;
        return new StackMeasurement(
            stack, M(r => r.TurnsPerSecond), M(r => r.CpuMsPerTurn), M(r => r.FixedRateAchieved), M(r => r.ReplyP50Ms), M(r => r.ReplyP99Ms),
            M(r => r.ResponseP50Ms), M(r => r.ResponseP99Ms), rounds.Sum(r => r.Lost), M(r => r.ResidentAtStartMb), M(r => r.PeakResidentMb), M(r => r.ReplyBytes));
    }

    private static string Markdown(List<StackMeasurement> medians, BotComparisonOptions options)
    {
        static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
        var table = new MarkdownTable(
            "stack", "turns/s at saturation", "CPU ms per turn", "message to reply p50 (ms)", "p99 (ms)", "POST answered p50 (ms)", "p99 (ms)", "RSS after start (MiB)", "peak RSS (MiB)", "reply bytes", "lost");
        foreach (var m in medians)
        {
            table.Add(m.Stack, F(m.TurnsPerSecond, "0"), F(m.CpuMsPerTurn, "0.00"), F(m.ReplyP50Ms), F(m.ReplyP99Ms), F(m.ResponseP50Ms), F(m.ResponseP99Ms), F(m.ResidentAtStartMb, "0"), F(m.PeakResidentMb, "0"), F(m.ReplyBytes, "0"), m.Lost.ToString(CultureInfo.InvariantCulture));
        }

        var ours = medians[0];
        var peers = medians.Skip(1).ToList();
        var fastest = peers.MaxBy(p => p.TurnsPerSecond)!;
        var lowestP99 = peers.MinBy(p => p.ReplyP99Ms)!;
        var leanest = peers.MinBy(p => p.PeakResidentMb)!;
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Medians of {options.Rounds} round(s); latencies under an open loop at {options.Rate:0} messages/s (achieved: {string.Join(", ", medians.Select(m => F(m.FixedRateAchieved, "0")))}/s)."));
        text.AppendLine();
        text.Append(table);
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- Throughput: **{ours.TurnsPerSecond / fastest.TurnsPerSecond:0.00}x** the best peer ({fastest.Stack}); goal 2x."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- p99 message to reply at {options.Rate:0}/s: **{ours.ReplyP99Ms / lowestP99.ReplyP99Ms:0.00}x** the lowest peer's ({lowestP99.Stack}); goal below 1x."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- Peak memory: **{ours.PeakResidentMb / leanest.PeakResidentMb:0.00}x** the leanest peer's ({leanest.Stack})."));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- Processor time per turn: **{ours.CpuMsPerTurn / peers.Min(p => p.CpuMsPerTurn):0.00}x** the most frugal peer's."));
        return text.ToString();
    }
}
