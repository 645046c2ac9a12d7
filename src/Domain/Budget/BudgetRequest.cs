using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// A request for aanjaagbudget for a residents' initiative, and what became of it: the assessor's checklist, the
/// amount granted and what has been spent of it. Amounts are euros with cents (never floating point).
/// </summary>
public sealed record BudgetRequest
{
    /// <summary>The initiative the money is for, by name (it need not be in the network yet).</summary>
    public required string Initiative { get; init; }

    public required decimal Amount { get; init; }

    public required string Purpose { get; init; }

    /// <summary>The area's wijkprogramma themes the initiative serves (at least one).</summary>
    public required IReadOnlyList<string> Themes { get; init; }

    /// <summary>What the residents contribute themselves (time, money, materials).</summary>
    public required string ResidentContribution { get; init; }

    public string? OtherFunds { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly AppliedOn { get; init; }

    /// <summary>The area whose budget pays, and the budget year (the year applied).</summary>
    public required AreaId Area { get; init; }

    public required int Year { get; init; }

    /// <summary>The assessor's answers, once decided.</summary>
    public IReadOnlyList<ChecklistAnswer> Checklist { get; init; } = [];

    /// <summary>The amount granted (at most <see cref="Amount"/>); null until granted.</summary>
    public decimal? Granted { get; init; }

    public decimal Spent { get; init; }
}
