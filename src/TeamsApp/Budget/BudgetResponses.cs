using System.Globalization;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Budget.Contracts;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>Budget answers of the tab API; amounts as text with two decimals, exact in every client.</summary>
internal static class BudgetResponses
{
    public static string Text(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static AreaBudgetResponse Ledger(AreaBudget b, Municipality municipality) => new(
        b.Area.ToString(), municipality.FindArea(b.Area)?.Name ?? b.Area.ToString(), b.Year, Text(b.Amount), Text(b.Granted), Text(b.Spent), Text(b.Left), b.Holder?.Value);

    public static BudgetRequestResponse Request(Referral r)
    {
        var b = r.Budget!;
        return new(
            r.Id.ToString(),
            r.Status.ToString(),
            b.Initiative,
            Text(b.Amount),
            b.Purpose,
            b.Themes,
            b.ResidentContribution,
            b.OtherFunds,
            b.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            b.Area.ToString(),
            b.Year,
            r.Receiver.Value,
            b.Granted is { } granted ? Text(granted) : null,
            Text(b.Spent),
            r.Outcome ?? r.DeclineReason,
            [.. b.Checklist.Select(a => new ChecklistAnswerBody(a.Criterion, a.Met, a.Note))]);
    }
}
