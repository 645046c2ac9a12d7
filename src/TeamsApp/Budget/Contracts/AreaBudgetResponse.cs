namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>An area's ledger for a year. Amounts are text with two decimals ("1234.50"), exact in any client.</summary>
public sealed record AreaBudgetResponse(string Area, string Name, int Year, string Amount, string Granted, string Spent, string Left, string? Holder);
