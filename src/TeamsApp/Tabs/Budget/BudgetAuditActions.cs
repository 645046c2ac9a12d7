namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>
/// The budget page's audit actions (after <see cref="Audit.PageAudit.Prefix"/>), with the object type and id of the tab
/// API's record of the same read ("GET /api/tab/budget": budget; ".../areas/{area}/requests": the area).
/// </summary>
internal static class BudgetAuditActions
{
    public const string List = "budget.list";
    public const string Requests = "budget.requests";

    public const string BudgetObject = "budget";
    public const string AreaObject = "area";
}
