namespace Wijkverbinder.Benchmarks;

/// <summary>One command for the benchmarks; see bench/README.md.</summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "storage" => await StorageCostBenchmark.RunAsync(args.Skip(1).ToArray()),
        "bot" => await BotEndpointBenchmark.RunAsync(args.Skip(1).ToArray()),
        "referrals" => await ReferralBenchmark.RunAsync(args.Skip(1).ToArray()),
        "dispatch" => await DispatchBenchmark.RunAsync(args.Skip(1).ToArray()),
        "tabs" => await TabRenderBenchmark.RunAsync(args.Skip(1).ToArray()),
        "bots" => await BotComparison.BotComparisonBenchmark.RunAsync(args.Skip(1).ToArray()),
        "cards" => await CardActions.CardActionBenchmark.RunAsync(args.Skip(1).ToArray()),
        "all" => await Report.PerformanceReport.RunAsync(args.Skip(1).ToArray()),
        "serve-bot" => await BotComparison.BotServer.RunAsync(args.Skip(1).ToArray()),
        "dashboard" => await DashboardBenchmark.RunAsync(args.Skip(1).ToArray()),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Benchmarks -- <benchmark> [arguments]   (bench/README.md)");
        Console.Error.WriteLine("  all [--quick]  every benchmark below; writes docs/performance.md and docs/img/*.svg");
        Console.Error.WriteLine("  bots [--quick] [--rounds N] [--users N] [--rate N] [--append-report]  our /api/messages beside echo bots on botbuilder and @microsoft/teams.apps");
        Console.Error.WriteLine("  cards [referrals]  adaptiveCard/action invokes on referral cards: p50/p99 and storage requests per button");
        Console.Error.WriteLine("  storage [members ...]  storage requests per network operation, beside a naive layout (default 1000 5000 20000)");
        Console.Error.WriteLine("  bot [seconds] [clients] [--teams-limits]  /api/messages alone, in-process: acknowledgements/s, p50/p99");
        Console.Error.WriteLine("  referrals [seconds] [clients]  storage requests per referral action, then actions/s against Azurite");
        Console.Error.WriteLine("  dispatch [referrals] [workers] [margin ms]  cards/s through the real connector to a connector that enforces Teams' limits");
        Console.Error.WriteLine("  dashboard [members[:ties] ...]  network analysis time and memory, snapshot size and read cost");
        Console.Error.WriteLine("  tabs [members[:ties] ...]  time to a rendered network status page in headless Chromium");
        return 2;
    }
}
