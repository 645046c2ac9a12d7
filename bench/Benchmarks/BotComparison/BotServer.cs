using System.Globalization;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>
/// "serve-bot": the TeamsApp on Kestrel at the given loopback port against the given storage, in this process alone,
/// so the comparison measures its memory and processor time apart from the load generator.
/// </summary>
internal static class BotServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var host = new BotHost(args[0], teamsLimits: false);
        host.UseKestrel(int.Parse(args[1], CultureInfo.InvariantCulture));
        host.StartServer();
        Console.WriteLine("listening");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
