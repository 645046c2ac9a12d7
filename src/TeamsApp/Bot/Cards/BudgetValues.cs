namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>What the budget request form holds, so a refused form comes back filled in.</summary>
public sealed record BudgetValues(
    string? Initiative,
    string? Amount,
    string? Purpose,
    string? Themes,
    string? Contribution,
    string? OtherFunds,
    string? StartDate,
    string? District)
{
    public static BudgetValues Empty { get; } = new(null, null, null, null, null, null, null, null);
}
