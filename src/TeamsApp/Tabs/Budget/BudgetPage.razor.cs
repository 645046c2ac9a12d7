using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>
/// Loads a year's ledgers of every area and the requests of the areas the user may see (the tab API's need-to-know,
/// <see cref="BudgetRequestAccess"/>); offers the budget form for the areas the user manages and the spending form
/// for the granted requests they hold.
/// </summary>
public sealed partial class BudgetPage
{
    private IReadOnlyList<AreaBudget>? ledgers;
    private Municipality? municipality;
    private IReadOnlyList<Colleague> everyone = [];
    private Colleague? me;
    private readonly List<(AreaId Area, IReadOnlyList<Referral> Requests)> mine = [];
    private int thisYear;
    private int year;

    [Inject]
    public required BudgetService Budget { get; set; }

    [Inject]
    public required INetworkStore Network { get; set; }

    [Inject]
    public required IColleagueDirectory Colleagues { get; set; }

    [Inject]
    public required TimeProvider Clock { get; set; }

    [Inject]
    public required IStringLocalizer<TabTexts> T { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    /// <summary>The years a budget can be set for (<see cref="BudgetService.SetAsync"/>): last year to next year.</summary>
    private IEnumerable<int> Years => [thisYear - 1, thisYear, thisYear + 1];

    private IReadOnlyList<Area> Managed => me is null || municipality is null ? [] : [.. municipality.Areas.Where(a => BudgetService.MayManage(me, a))];

    private IReadOnlyList<Referral> Spendable => me is null
        ? []
        : [.. mine.SelectMany(m => m.Requests).Where(r => r is { Status: ReferralStatus.Completed, Budget.Granted: { } granted } && granted > r.Budget.Spent && BudgetService.MaySpend(me, r))];

    protected override async Task OnInitializedAsync()
    {
        if (!User.HasAny(TabRoles.Budget))
        {
            return;
        }

        year = thisYear = DutchTime.Today(Clock).Year;
        municipality = await Network.GetMunicipalityAsync(User.Municipality, CancellationToken.None);
        if (municipality is null)
        {
            await PageAudit.RecordAsync(User, BudgetAuditActions.List, BudgetAuditActions.BudgetObject, null, AuditResult.Failed);
            return;
        }

        // The ledgers name each area's budget holder; the requests name the initiatives and who asked.
        everyone = await Colleagues.ListAsync(User.Municipality, CancellationToken.None);
        me = everyone.FirstOrDefault(c => c.Id == User.Id);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        ledgers = await Budget.LedgersAsync(municipality!, year, CancellationToken.None);
        await PageAudit.RecordAsync(User, BudgetAuditActions.List, BudgetAuditActions.BudgetObject, null, AuditResult.Allowed);
        mine.Clear();
        foreach (var area in municipality!.Areas)
        {
            // An area's list shows to who may see it (as the tab API), only then is it read.
            if (BudgetRequestAccess.MaySee(User, area))
            {
                mine.Add((area.Id, await Budget.RequestsAsync(area.Id, year, CancellationToken.None)));
                await PageAudit.RecordAsync(User, BudgetAuditActions.Requests, BudgetAuditActions.AreaObject, area.Id.ToString(), AuditResult.Allowed);
            }
        }
    }

    private async Task ShowYearAsync(string? chosen)
    {
        if (int.TryParse(chosen, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var picked) && Years.Contains(picked))
        {
            year = picked;
            await LoadAsync();
        }
    }

    /// <summary>Euros with cents in the page's language, from the resources ("€ 1.234,50", "€1,234.50").</summary>
    private string Euro(decimal amount) => B["Amount", amount];

    private string Status(Referral request) => request switch
    {
        { Status: ReferralStatus.Completed, Budget.Granted: not null } => B["Status.Granted"],
        { Status: ReferralStatus.Declined } => B["Status.Declined"],
        _ => B["Status.Open"],
    };

    private string AreaName(AreaId area) => municipality?.FindArea(area)?.Name ?? area.ToString();

    private string NameOf(ColleagueId id) => everyone.FirstOrDefault(c => c.Id == id)?.Name ?? id.Value;
}
