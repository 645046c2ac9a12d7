namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>Money spent on a granted request: the amount (text) and what it was spent on.</summary>
public sealed record SpendingBody(string? Amount, string? Note);
