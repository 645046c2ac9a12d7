namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the budget tab's texts: BudgetTexts.resx (Dutch) and .en.resx. Amounts are formatted by "Amount".</summary>
public sealed class BudgetTexts;
