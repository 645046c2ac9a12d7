namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>Turns completed per second under a closed loop, and turns that failed or timed out.</summary>
internal sealed record ClosedLoopResult(double TurnsPerSecond, long Failed, TimeSpan Elapsed);
