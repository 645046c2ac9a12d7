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
        "serve-bot" => await BotComparison.BotServer.RunAsync(args.Skip(1).ToArray()),
        "dashboard" => await DashboardBenchmark.RunAsync(args.Skip(1).ToArray()),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Benchmarks -- storage [members ...] | bot [seconds] [clients] | referrals [seconds] [clients] | dispatch [referrals] [workers] [margin ms] | dashboard [members[:ties] ...]");
        Console.Error.WriteLine("  storage   storage transactions per network operation, for municipalities of the given sizes (default 1000 5000 20000)");
        Console.Error.WriteLine("  bot       /api/messages: message activities answered through the connector to a local stub; requests/s, p50/p99");
        Console.Error.WriteLine("  referrals storage requests per referral action, then actions/s against Azurite (default 10 s, 8 clients)");
        Console.Error.WriteLine("  tabs      time to a rendered network status page in headless Chromium, storage requests and bytes (default 100:500 1000:5000)");
        Console.Error.WriteLine("  dispatch  cards/s through the real connector to a connector that enforces Teams' limits (default 400 referrals, 8 workers)");
        Console.Error.WriteLine("  dashboard network analysis time and memory, snapshot size and read cost for districts of the given sizes (default 1000 5000 20000, 5 ties per member)");
        return 2;
    }
}
