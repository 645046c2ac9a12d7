namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>The year's ledger of every area and the checklist.</summary>
public sealed record BudgetOverviewResponse(int Year, IReadOnlyList<AreaBudgetResponse> Areas, IReadOnlyList<CriterionResponse> Criteria);
