namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>One stack's figures from one round.</summary>
internal sealed record StackMeasurement(
    string Stack,
    double TurnsPerSecond,
    double CpuMsPerTurn,
    double FixedRateAchieved,
    double ReplyP50Ms,
    double ReplyP99Ms,
    double ResponseP50Ms,
    double ResponseP99Ms,
    int Lost,
    double ResidentAtStartMb,
    double PeakResidentMb,
    double ReplyBytes);
