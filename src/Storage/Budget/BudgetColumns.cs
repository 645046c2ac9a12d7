using System.Text.Json;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.Storage.Budget;

/// <summary>
/// The budget and board access payloads of a referral row: a JSON column each, and "BudgetArea" and "BudgetYear"
/// beside them so the requests of an area and year are one filtered query.
/// </summary>
internal static class BudgetColumns
{
    public static void Write(TableEntity row, BudgetRequest? budget, BoardAccessRequest? board)
    {
        if (budget is not null)
        {
            row["Budget"] = JsonSerializer.Serialize(ToStored(budget), BudgetJsonContext.Default.StoredBudgetRequest);
            row["BudgetArea"] = budget.Area.ToString();
            row["BudgetYear"] = budget.Year;
        }

        if (board is not null)
        {
            row["BoardAccess"] = JsonSerializer.Serialize(new StoredBoardAccess(board.PreferredPeriod, board.FromTheBoard), BudgetJsonContext.Default.StoredBoardAccess);
        }
    }

    public static BudgetRequest? ReadBudget(TableEntity row) =>
        row.GetString("Budget") is { } json && JsonSerializer.Deserialize(json, BudgetJsonContext.Default.StoredBudgetRequest) is { } stored
            ? FromStored(stored)
            : null;

    public static BoardAccessRequest? ReadBoardAccess(TableEntity row) =>
        row.GetString("BoardAccess") is { } json && JsonSerializer.Deserialize(json, BudgetJsonContext.Default.StoredBoardAccess) is { } stored
            ? new BoardAccessRequest(stored.PreferredPeriod, stored.FromTheBoard)
            : null;

    private static StoredBudgetRequest ToStored(BudgetRequest b) => new(
        b.Initiative,
        Euros.ToCents(b.Amount),
        b.Purpose,
        [.. b.Themes],
        b.ResidentContribution,
        b.OtherFunds,
        StoredDate.Write(b.StartDate),
        StoredDate.Write(b.AppliedOn),
        b.Area.ToString(),
        b.Year,
        [.. b.Checklist.Select(a => new StoredChecklistAnswer(a.Criterion, a.Met, a.Note))],
        b.Granted is { } granted ? Euros.ToCents(granted) : null,
        Euros.ToCents(b.Spent));

    private static BudgetRequest FromStored(StoredBudgetRequest s) => new()
    {
        Initiative = s.Initiative,
        Amount = Euros.FromCents(s.AmountCents),
        Purpose = s.Purpose,
        Themes = s.Themes,
        ResidentContribution = s.ResidentContribution,
        OtherFunds = s.OtherFunds,
        StartDate = StoredDate.Read(s.StartDate),
        AppliedOn = StoredDate.Read(s.AppliedOn),
        Area = AreaId.TryParse(s.Area, out var area) ? area : throw new InvalidDataException($"Not an area id: {s.Area}"),
        Year = s.Year,
        Checklist = [.. s.Checklist.Select(a => new ChecklistAnswer(a.Criterion, a.Met, a.Note))],
        Granted = s.GrantedCents is { } granted ? Euros.FromCents(granted) : null,
        Spent = Euros.FromCents(s.SpentCents),
    };
}
