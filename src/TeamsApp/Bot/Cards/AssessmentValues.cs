namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>What the assessor filled in (amount, reason, met per criterion, notes), kept when a decision is refused.</summary>
public sealed record AssessmentValues(string? Amount, string? Reason, IReadOnlyDictionary<string, bool> Met, IReadOnlyDictionary<string, string> Notes)
{
    public static AssessmentValues Empty { get; } = new(null, null, new Dictionary<string, bool>(), new Dictionary<string, string>());
}
