namespace Wijkverbinder.Domain.Budget;

/// <summary>The municipality's checklist for aanjaagbudget, in its order (configuration: Budget:Criteria).</summary>
public sealed record BudgetCriteria(IReadOnlyList<BudgetCriterion> All);
