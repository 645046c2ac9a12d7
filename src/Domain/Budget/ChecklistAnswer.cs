namespace Wijkverbinder.Domain.Budget;

/// <summary>The assessor's answer to one criterion of the checklist: met or not, with an optional note.</summary>
public sealed record ChecklistAnswer(string Criterion, bool Met, string? Note = null);
