namespace Wijkverbinder.Storage.Budget;

/// <summary>One checklist answer in the "Budget" JSON column.</summary>
internal sealed record StoredChecklistAnswer(string Criterion, bool Met, string? Note);
