using Wijkverbinder.Domain.Budget;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>One configured criterion: a stable id, its text in Dutch and English, and how it is answered.</summary>
public sealed class BudgetCriterionOptions
{
    public string Id { get; init; } = string.Empty;

    public string Dutch { get; init; } = string.Empty;

    public string English { get; init; } = string.Empty;

    public CriterionCheck Check { get; init; } = CriterionCheck.Assessor;
}
