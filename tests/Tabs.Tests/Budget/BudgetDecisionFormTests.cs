using System.Globalization;
using Bunit;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Budget;

namespace Wijkverbinder.Tabs.Tests.Budget;

/// <summary>
/// The holder's decision on a budget request on "my referrals": the same domain calls as the card, the ledger booked on
/// a grant, every refusal at its field or in the message bar with nothing saved, and each decision recorded.
/// </summary>
public sealed class BudgetDecisionFormTests : TabTestContext
{
    private static readonly ReferralId Playground = new("GM0202", new string('b', 32));

    private readonly BudgetTabTown town = new();

    public BudgetDecisionFormTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
        town.Referrals.Add(Request());
    }

    [Fact]
    public async Task TheHolderGrantsALowerAmountWithTheAssessmentAndTheLedgerBooksIt()
    {
        var decided = new List<string>();
        var form = Render(BudgetTabTown.Wendy, decided);

        Assert.Contains("€ 300,00", form.Find("#budget-decide-requested").TextContent, StringComparison.Ordinal);
        form.Change("#budget-decide-met-no-private-interest", true);
        form.Change("#budget-decide-amount", "250,00");
        form.Change("#budget-decide-reason", "Past in het wijkprogramma");
        form.Find("#budget-decide-grant").Closest("form")!.Submit();

        form.WaitForAssertion(() => Assert.Equal(ReferralStatus.Completed, town.Referrals.Current(Playground).Referral.Status));
        var granted = town.Referrals.Current(Playground).Referral.Budget!;
        Assert.Equal(250m, granted.Granted);
        Assert.True(Assert.Single(granted.Checklist, a => a.Criterion == "no-private-interest").Met);
        Assert.Equal(750m, (await town.Budgets.GetAsync(BudgetTabTown.North, BudgetTabTown.Year, CancellationToken.None))!.Granted);
        Assert.Equal(["€ 250,00 toegekend aan Speeltuin."], decided);
        PageAuditAssert.Recorded(PageAuditLog.Records, BudgetTabTown.UserFor(BudgetTabTown.Wendy), ("tab:budget.grant", "referral", Playground.ToString(), AuditResult.Allowed));
    }

    [Fact]
    public void RefusalsAreShownWhereTheyBelongAndChangeNothing()
    {
        var decided = new List<string>();
        var holders = Render(BudgetTabTown.Wendy, decided);
        holders.Change("#budget-decide-amount", "25.000");
        holders.Find("#budget-decide-grant").Closest("form")!.Submit();
        holders.WaitForElement("#budget-decide-amount-error");
        holders.Change("#budget-decide-amount", "250");
        holders.Find("#budget-decide-grant").Closest("form")!.Submit();
        holders.WaitForElement("#budget-decide-reason-error");
        Assert.NotEmpty(holders.FindAll("#budget-decide-checklist-no-private-interest-error"));

        var someoneElse = Render(BudgetTabTown.Alex, decided);
        someoneElse.Change("#budget-decide-reason", "Niet nodig");
        someoneElse.Click("#budget-decide-decline");
        someoneElse.WaitForElement("#budget-decide-problem");

        Assert.Equal(ReferralStatus.Sent, town.Referrals.Current(Playground).Referral.Status);
        Assert.Empty(decided);
        Assert.Equal(
            [("tab:budget.grant", AuditResult.Failed), ("tab:budget.grant", AuditResult.Failed), ("tab:budget.decline", AuditResult.Denied)],
            PageAuditLog.Records.Select(r => (r.Action, r.Result)));
    }

    private IRenderedComponent<BudgetDecisionForm> Render(Domain.Colleagues.Colleague who, List<string> decided) =>
        RenderFor<BudgetDecisionForm>(BudgetTabTown.UserFor(who), p => p
            .Add(f => f.Request, town.Referrals.Current(Playground).Referral)
            .Add(f => f.OnDecided, (string outcome) => decided.Add(outcome)));

    private static Referral Request() => new()
    {
        Id = Playground,
        Subject = SubjectKind.BudgetRequest,
        Summary = "Speeltuin",
        Details = "Een bankje bij de speeltuin",
        District = BudgetTabTown.Centrum,
        Theme = "meedoen",
        Urgency = Urgency.Normal,
        Referrer = BudgetTabTown.Kees.Id,
        Receiver = BudgetTabTown.Wendy.Id,
        DueDate = new DateOnly(2026, 12, 10),
        Status = ReferralStatus.Sent,
        CreatedAt = BudgetTabTown.Now.AddDays(-2),
        UpdatedAt = BudgetTabTown.Now.AddDays(-2),
        LastSequence = 0,
        Budget = new BudgetRequest
        {
            Initiative = "Speeltuin", Amount = 300m, Purpose = "Een bankje", Themes = ["meedoen"], ResidentContribution = "Bewoners schilderen",
            StartDate = new DateOnly(2027, 1, 10), AppliedOn = new DateOnly(2026, 11, 23), Area = BudgetTabTown.North, Year = BudgetTabTown.Year,
        },
    };
}
