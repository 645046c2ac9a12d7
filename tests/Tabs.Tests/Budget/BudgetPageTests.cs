using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Tabs.Tests.Fakes;
using Wijkverbinder.TeamsApp.Tabs.Budget;
using static Wijkverbinder.Tabs.Tests.Budget.BudgetTabTown;

namespace Wijkverbinder.Tabs.Tests.Budget;

/// <summary>
/// The budget page's forms: a wijkmanager sets their area's budget (Dutch or plain amounts), the domain's refusals
/// show at their field with nothing saved, the requests show to who may see them, and the holder registers spending.
/// Every change is a page audit record.
/// </summary>
public sealed class BudgetPageTests : TabTestContext
{
    private readonly BudgetTabTown town = new();

    public BudgetPageTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("nl");
        town.AddTo(Services);
    }

    [Theory]
    [InlineData("3.234,50")]
    [InlineData("3234.50")]
    [InlineData("€ 3234,5")]
    public void AManagerSetsTheirAreasBudgetAndHolderInDutchOrPlainNotation(string typed)
    {
        var page = Open(Wendy);

        page.Change("#budget-set-area", North.ToString());
        Assert.Equal("2000.00", page.Find("#budget-set-amount").GetAttribute("value"));
        page.Change("#budget-set-amount", typed);
        page.Change("#budget-set-holder", Alex.Id.Value);
        page.Find("#budget-set-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("€ 3.234,50, budgethouder Alex Wilber", page.Find("#budget-set-saved").TextContent, StringComparison.Ordinal));
        var ledger = town.Budgets.Current(North, Year)!;
        Assert.Equal((3234.50m, Alex.Id, 500m), (ledger.Amount, ledger.Holder, ledger.Granted));
        page.WaitForAssertion(() => Assert.Equal("€ 2.734,50", page.Find($"#budget-ledger tr[data-area='{North}'] td.left").TextContent));
        var record = Assert.Single(PageAuditLog.Records, r => r.Action == "tab:budget.set");
        Assert.Equal(($"{North}|{Year}", AuditResult.Allowed, Wendy.Id.Value), (record.ObjectId, record.Result, record.Actor));
    }

    [Theory]
    [InlineData("12,345", "Vul een bedrag in euro's in")]
    [InlineData("twintig", "Vul een bedrag in euro's in")]
    [InlineData("25.000", "Vul een bedrag in euro's in")]
    [InlineData("400", "Het budget kan niet lager dan wat er al is toegekend: € 500,00.")]
    public void AWrongAmountIsRefusedAtTheAmountWithTheDomainsMessageAndNothingIsSaved(string typed, string message)
    {
        var page = Open(Wendy);
        var saves = town.Budgets.Saves;

        page.Change("#budget-set-area", North.ToString());
        page.Change("#budget-set-amount", typed);
        page.Find("#budget-set-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains(message, page.Find("#budget-set-amount-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", page.Find("#budget-set-amount").GetAttribute("aria-invalid"));
        Assert.Contains("budget-set-amount-error", page.Find("#budget-set-amount").GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal((saves, 2000m), (town.Budgets.Saves, town.Budgets.Current(North, Year)!.Amount));
        Assert.Equal(AuditResult.Failed, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:budget.set").Result);
    }

    [Fact]
    public void AfterElevenPmUtcOnNewYearsEveThePageOpensOnTheNewDutchYear()
    {
        // 23:30 UTC on 31 December is 00:30 on 1 January in the Netherlands.
        Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));

        Assert.Contains("2027", Open(Beheer).Find("#budget-ledger caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheYearChosenOnThePageIsTheYearTheBudgetIsSetFor()
    {
        var page = Open(Beheer);
        page.Change("#budget-set-area", North.ToString());
        page.Change("#budget-set-amount", "999");

        page.Change("#budget-year", "2027");

        page.WaitForAssertion(() => Assert.Contains("2027", page.Find("#budget-ledger caption").TextContent, StringComparison.Ordinal));
        Assert.Equal("", page.Find("#budget-set-amount").GetAttribute("value") ?? "");
        page.Change("#budget-set-area", South.ToString());
        page.Change("#budget-set-amount", "1500");
        page.Change("#budget-set-holder", Zara.Id.Value);
        page.Find("#budget-set-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Equal(1500m, town.Budgets.Current(South, 2027)?.Amount));
        Assert.Null(town.Budgets.Current(South, Year));
    }

    [Fact]
    public void OnlyTheAreasTheUserManagesAreOfferedAndAWijkteamMemberGetsNoForm()
    {
        Assert.Equal(["", North.ToString()], Open(Wendy).FindAll("#budget-set-area option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", North.ToString(), South.ToString()], Open(Beheer).FindAll("#budget-set-area option").Select(o => o.GetAttribute("value")));
        Assert.Empty(Open(Alex).FindAll("#budget-set"));
    }

    [Fact]
    public void AManagerWhoLostTheRoleIsRefusedOnTheFormAndNothingIsSaved()
    {
        var page = Open(Zara);
        town.Demote(Zara);

        page.Change("#budget-set-area", South.ToString());
        page.Change("#budget-set-amount", "1000");
        page.Change("#budget-set-holder", Zara.Id.Value);
        page.Find("#budget-set-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Alleen een wijkmanager van dit gebied of een beheerder", page.Find("#budget-set-problem").TextContent, StringComparison.Ordinal));
        Assert.Null(town.Budgets.Current(South, Year));
        Assert.Equal(AuditResult.Denied, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:budget.set").Result);
    }

    [Fact]
    public void TheRequestsShowWithStatusAndPurposeToTheAreasWijkteamAndNotToAnotherArea()
    {
        var alex = Open(Alex);
        var row = alex.Find($"[data-request='{GardenRequest}']");
        Assert.Equal(["Toegekend", "Zaden en gereedschap", "€ 600,00", "€ 500,00", "€ 100,00"], row.QuerySelectorAll("td").Select(c => c.TextContent));

        Assert.Empty(Open(Zara).FindAll("[data-requests]"));
    }

    [Fact]
    public void TheHolderRegistersSpendingInDutchNotationAndTheLedgerShowsIt()
    {
        var page = Open(Wendy);

        page.Change("#budget-spend-request", GardenRequest.ToString());
        page.Change("#budget-spend-amount", "50,25");
        page.Change("#budget-spend-note", "Zaden");
        page.Find("#budget-spend-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("€ 50,25", page.Find("#budget-spend-saved").TextContent, StringComparison.Ordinal));
        Assert.Equal(150.25m, town.Referrals.Current(GardenRequest).Referral.Budget!.Spent);
        Assert.Equal("50.25 Zaden", town.Referrals.Current(GardenRequest).History[^1].Text);
        page.WaitForAssertion(() => Assert.Equal("€ 150,25", page.Find($"#budget-ledger tr[data-area='{North}'] td:nth-of-type(3)").TextContent));
        Assert.Equal(AuditResult.Allowed, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:budget.spend").Result);
    }

    [Fact]
    public void SpendingAboveWhatIsLeftOfTheGrantIsRefusedAtTheAmountAndNothingIsSaved()
    {
        var page = Open(Wendy);
        var saves = town.Referrals.Saves;

        page.Change("#budget-spend-request", GardenRequest.ToString());
        page.Change("#budget-spend-amount", "400,01");
        page.Find("#budget-spend-submit").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains("Dat is meer dan er van de toekenning over is: € 400,00.", page.Find("#budget-spend-amount-error").TextContent, StringComparison.Ordinal));
        Assert.Equal((saves, 100m), (town.Referrals.Saves, town.Referrals.Current(GardenRequest).Referral.Budget!.Spent));
        Assert.Equal(AuditResult.Failed, Assert.Single(PageAuditLog.Records, r => r.Action == "tab:budget.spend").Result);
    }

    [Fact]
    public void SomeoneWhoIsNotTheHolderGetsNoSpendingForm()
    {
        Assert.Empty(Open(Alex).FindAll("#budget-spend"));
        Assert.NotEmpty(Open(Wendy).FindAll("#budget-spend"));
    }

    private IRenderedComponent<BudgetPage> Open(Wijkverbinder.Domain.Colleagues.Colleague colleague)
    {
        var page = RenderFor<BudgetPage>(UserFor(colleague));
        page.WaitForElement("#budget-ledger");
        return page;
    }
}
