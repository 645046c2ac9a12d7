using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The shared resources page in the browser as Alex (wijkteam, demo data of Arnhem): a last day before the first is
/// refused at the field with nothing stored; then the Pipowagen is requested, shows in its month's table, and the page
/// with that table passes axe.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ResourcesBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Fact]
    public async Task ABadRangeIsRefusedAtTheFieldThenTheRequestShowsInTheMonthTableWithNoWcagViolations()
    {
        var page = await app.SignInAsync(app.Alex, "/tabs/resources");
        await Expect(page.Locator("#booking-form")).ToBeVisibleAsync();
        await page.Locator("#booking-resource").SelectOptionAsync("GM0202.R.pipowagen");
        await page.Locator("#booking-from").FillAsync("2026-12-12");
        await page.Locator("#booking-to").FillAsync("2026-12-10");
        await page.Locator("#booking-district").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#booking-initiative").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#booking-purpose").FillAsync("Spreekuur van het bewonersinitiatief");

        await page.Locator("#booking-submit").ClickAsync();

        await Expect(page.Locator("#booking-to-error")).ToContainTextAsync("De laatste dag moet op of na de eerste dag liggen.");
        await Expect(page.Locator("#calendar-pipowagen")).ToContainTextAsync("nog niet gereserveerd");

        await page.Locator("#booking-to").FillAsync("2026-12-13");
        await page.Locator("#booking-submit").ClickAsync();

        await Expect(page.Locator("#booking-saved")).ToContainTextAsync("Pipowagen");
        await Expect(page.Locator("#calendar-pipowagen tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#calendar-pipowagen caption")).ToContainTextAsync("december 2026");
        await Expect(page.Locator("#calendar-pipowagen tbody tr td").Nth(2)).ToHaveTextAsync("Aangevraagd");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, "resources-requested-default");
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Target))}")));
        await page.CloseAsync();
    }
}
