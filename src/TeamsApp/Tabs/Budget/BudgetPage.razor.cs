using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>Loads this year's ledgers of every area and the requests of the user's own areas.</summary>
public sealed partial class BudgetPage
{
    private IReadOnlyList<AreaBudget>? ledgers;
    private Municipality? municipality;
    private IReadOnlyList<Colleague> everyone = [];
    private readonly List<(AreaId Area, IReadOnlyList<Referral> Requests)> mine = [];
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

    protected override async Task OnInitializedAsync()
    {
        if (!User.HasAny(TabRoles.Budget))
        {
            return;
        }

        year = Clock.GetUtcNow().Year;
        municipality = await Network.GetMunicipalityAsync(User.Municipality, CancellationToken.None);
        if (municipality is null)
        {
            await PageAudit.RecordAsync(User, BudgetAuditActions.List, BudgetAuditActions.BudgetObject, null, AuditResult.Failed);
            return;
        }

        // The ledgers name each area's budget holder; the requests name the initiatives and who asked.
        everyone = await Colleagues.ListAsync(User.Municipality, CancellationToken.None);
        ledgers = await Budget.LedgersAsync(municipality, year, CancellationToken.None);
        await PageAudit.RecordAsync(User, BudgetAuditActions.List, BudgetAuditActions.BudgetObject, null, AuditResult.Allowed);
        foreach (var area in municipality.Areas.Where(a => a.DistrictCodes.Any(User.Districts.Contains)))
        {
            mine.Add((area.Id, await Budget.RequestsAsync(area.Id, year, CancellationToken.None)));
            await PageAudit.RecordAsync(User, BudgetAuditActions.Requests, BudgetAuditActions.AreaObject, area.Id.ToString(), AuditResult.Allowed);
        }
    }

    /// <summary>Euros with cents in the page's language, from the resources ("€ 1.234,50", "€1,234.50").</summary>
    private string Euro(decimal amount) => B["Amount", amount];

    private string AreaName(AreaId area) => municipality?.FindArea(area)?.Name ?? area.ToString();

    private string NameOf(ColleagueId id) => everyone.FirstOrDefault(c => c.Id == id)?.Name ?? id.Value;
}
