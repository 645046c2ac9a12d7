using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The budget page in the browser as a wijkmanager of Arnhem's demo data (every area has € 25.000,00 for this year):
/// the ledger in Dutch euros with cents, the checklist, and no WCAG violations.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BudgetBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Fact]
    public async Task TheLedgerShowsEurosWithCentsInDutchAndThePageHasNoWcagViolations()
    {
        var manager = app.ManagerOf(0);
        var page = await app.SignInAsync(manager, "/tabs/budget");

        var firstArea = page.Locator($"#budget-ledger tr[data-area='{app.Arnhem.Areas[0].Id}']");
        await Expect(firstArea.Locator("td.left")).ToHaveTextAsync("€ 25.000,00");
        await Expect(firstArea).ToContainTextAsync(manager.Name);
        await Expect(page.Locator("#budget-criteria-title + ul li")).ToHaveCountAsync(5);

        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, "budget-default");
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Target))}")));
        await page.CloseAsync();
    }
}
