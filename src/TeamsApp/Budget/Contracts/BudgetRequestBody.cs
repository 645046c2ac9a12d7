namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>
/// A new request for aanjaagbudget. The amount is text ("1234.50" or "1.234,50"), never a JSON number, so it is read
/// exactly; dates are yyyy-MM-dd.
/// </summary>
public sealed record BudgetRequestBody
{
    public string? Initiative { get; init; }

    public string? Amount { get; init; }

    public string? Purpose { get; init; }

    public IReadOnlyList<string>? Themes { get; init; }

    public string? ResidentContribution { get; init; }

    public string? OtherFunds { get; init; }

    public string? StartDate { get; init; }

    public string? District { get; init; }

    public string? ReferrerTeam { get; init; }
}
