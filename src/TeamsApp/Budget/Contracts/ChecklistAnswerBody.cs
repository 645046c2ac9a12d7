namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>One answer of the checklist: the criterion's id, met or not, and a note.</summary>
public sealed record ChecklistAnswerBody(string? Criterion, bool Met, string? Note);
