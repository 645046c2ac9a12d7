using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.Tabs.Tests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Budget;

namespace Wijkverbinder.Tabs.Tests.Budget;

/// <summary>The budget page records its reads: the ledgers (they name each budget holder) and the requests of the user's own areas.</summary>
public sealed class BudgetPageAuditTests : TabTestContext
{
    [Fact]
    public async Task TheLedgersAndTheOwnAreasRequestsAreRecordedWithoutTheHoldersName()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        var town = new ReferralTabTown();
        town.AddTo(Services);
        var area = ReferralTabTown.Town.Areas[0].Id;
        var budgets = new InMemoryBudgetStore(town.Store);
        await budgets.SaveAsync(new AreaBudget(area, ReferralTabTown.Now.Year, 5000m, 1200m, 300m, ReferralTabTown.Kees.Id), CancellationToken.None);
        var clock = new FixedClock(ReferralTabTown.Now);
        Services.AddSingleton(new BudgetService(
            new ReferralService(town.Store, town.Colleagues, new InMemoryRoutingRuleStore(), town.Network, ReferralSla.Default, clock), town.Store, budgets, town.Colleagues, town.Network, new BudgetCriteria([]), clock));
        var alex = ReferralTabTown.UserFor(ReferralTabTown.Alex);

        var page = RenderFor<BudgetPage>(alex);

        page.WaitForElement("#budget-ledger");
        Assert.Contains(ReferralTabTown.Kees.Name, page.Find("#budget-ledger").TextContent, StringComparison.Ordinal);
        PageAuditAssert.Recorded(
            PageAuditLog.Records,
            alex,
            ("tab:budget.list", "budget", null, AuditResult.Allowed),
            ("tab:budget.requests", "area", area.ToString(), AuditResult.Allowed));
        PageAuditAssert.HoldsNone(PageAuditLog.Records, ReferralTabTown.Kees.Name, ReferralTabTown.Kees.Mail);
    }
}
