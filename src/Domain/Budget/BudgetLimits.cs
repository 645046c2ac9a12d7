namespace Wijkverbinder.Domain.Budget;

/// <summary>Lengths and counts that keep a budget request short and every row well within Table Storage's limits.</summary>
public static class BudgetLimits
{
    public const int InitiativeLength = 120;
    public const int PurposeLength = 1000;
    public const int ContributionLength = 500;
    public const int OtherFundsLength = 500;
    public const int PeriodLength = 120;
    public const int FromTheBoardLength = 200;
    public const int MaxThemes = 10;

    /// <summary>The furthest ahead an activity may start (and the "spent within 12 months" window).</summary>
    public const int MaxStartMonths = 12;
}
