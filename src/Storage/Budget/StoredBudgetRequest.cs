namespace Wijkverbinder.Storage.Budget;

/// <summary>
/// A budget request as kept in the referral row's "Budget" JSON column. Amounts are whole cents (long), so the JSON
/// never holds a floating-point number.
/// </summary>
internal sealed record StoredBudgetRequest(
    string Initiative,
    long AmountCents,
    string Purpose,
    List<string> Themes,
    string ResidentContribution,
    string? OtherFunds,
    string StartDate,
    string AppliedOn,
    string Area,
    int Year,
    List<StoredChecklistAnswer> Checklist,
    long? GrantedCents,
    long SpentCents);
