using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The budget page in the browser as a wijkmanager of Arnhem's demo data (every area has € 25.000,00 for this year):
/// the ledger in Dutch euros with cents and the checklist; the budget form refuses an amount with three decimals at
/// the field, and the page with that refusal has no WCAG violations; then a Dutch amount is saved and shown.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BudgetBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Fact]
    public async Task TheLedgerShowsEurosWithCentsAndTheBudgetFormRefusesThenSavesADutchAmountWithNoWcagViolations()
    {
        var manager = app.ManagerOf(0);
        var area = app.Arnhem.Areas[0].Id.ToString();
        var page = await app.SignInAsync(manager, "/tabs/budget");

        var firstArea = page.Locator($"#budget-ledger tr[data-area='{area}']");
        await Expect(firstArea.Locator("td.left")).ToHaveTextAsync("€ 25.000,00");
        await Expect(firstArea).ToContainTextAsync(manager.Name);
        await Expect(page.Locator("#budget-criteria-title + ul li")).ToHaveCountAsync(5);

        await page.Locator("#budget-set-area").SelectOptionAsync(area);
        await Expect(page.Locator("#budget-set-amount")).ToHaveValueAsync("25000.00");
        await page.Locator("#budget-set-amount").FillAsync("30.000,005");
        await page.Locator("#budget-set-submit").ClickAsync();
        await Expect(page.Locator("#budget-set-amount-error")).ToContainTextAsync("Vul een bedrag in euro's in");
        await Expect(page.Locator("#budget-set-amount")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(firstArea.Locator("td.left")).ToHaveTextAsync("€ 25.000,00");

        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, "budget-form-refused");
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Target))}")));

        await page.Locator("#budget-set-amount").FillAsync("30.000,00");
        await page.Locator("#budget-set-submit").ClickAsync();
        await Expect(page.Locator("#budget-set-saved")).ToContainTextAsync("€ 30.000,00");
        await Expect(firstArea.Locator("td.left")).ToHaveTextAsync("€ 30.000,00");
        await page.CloseAsync();
    }
}
