namespace Wijkverbinder.TeamsApp.Budget.Contracts;

/// <summary>A budget request with its referral's id and status, and the decision once made. Amounts are text.</summary>
public sealed record BudgetRequestResponse(
    string Id,
    string Status,
    string Initiative,
    string Amount,
    string Purpose,
    IReadOnlyList<string> Themes,
    string ResidentContribution,
    string? OtherFunds,
    string StartDate,
    string Area,
    int Year,
    string Receiver,
    string? Granted,
    string Spent,
    string? Reason,
    IReadOnlyList<ChecklistAnswerBody> Checklist);
