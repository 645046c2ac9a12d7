using System.Globalization;

namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>The comparison's knobs: rounds, closed-loop users, the fixed rate and the length of each phase.</summary>
internal sealed record BotComparisonOptions(int Rounds, int Users, double Rate, TimeSpan WarmUp, TimeSpan Saturation, TimeSpan FixedRate)
{
    public static BotComparisonOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var options = quick
            ? new BotComparisonOptions(1, 64, 200, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(6))
            : new BotComparisonOptions(3, 64, 200, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15));
        return options with
        {
            Rounds = Number(args, "--rounds") is { } rounds ? (int)rounds : options.Rounds,
            Users = Number(args, "--users") is { } users ? (int)users : options.Users,
            Rate = Number(args, "--rate") ?? options.Rate,
        };
    }

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rounds} round(s); per stack and round: {WarmUp.TotalSeconds:0} s warm-up, {Saturation.TotalSeconds:0} s closed loop with {Users} users, {FixedRate.TotalSeconds:0} s open loop at {Rate:0} messages/s");

    private static double? Number(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
    }
}
