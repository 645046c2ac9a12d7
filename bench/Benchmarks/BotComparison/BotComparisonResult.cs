namespace Wijkverbinder.Benchmarks.BotComparison;

/// <summary>The median figures per stack (ours first) and their markdown.</summary>
internal sealed record BotComparisonResult(IReadOnlyList<StackMeasurement> Medians, string Markdown);
