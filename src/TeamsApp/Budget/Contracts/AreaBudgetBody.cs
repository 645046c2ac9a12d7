namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>An area's budget for a year: the amount (text) and the budget holder's colleague id.</summary>
public sealed record AreaBudgetBody(string? Amount, string? Holder);
