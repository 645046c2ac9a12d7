using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// My referrals in the browser, as the receiver: a decline without a reason is refused at the field and changes
/// nothing; with a reason it is declined, and the history shows it. The page with a referral open passes axe too.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MyReferralsBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Fact]
    public async Task ADeclineWithoutAReasonIsRefusedAtTheFieldAndChangesNothingAndWithAReasonItIsDeclined()
    {
        var referral = await app.ReferToMeganAsync("Hulp bij de energietoeslag");
        var page = await app.SignInAsync(app.Megan, "/tabs/referrals");
        await page.Locator($"#open-{referral.Id.Local}").ClickAsync();
        await Expect(page.Locator("#referral-details")).ToContainTextAsync("Hulp bij de energietoeslag");

        await page.Locator("#action-decline").ClickAsync();

        await Expect(page.Locator("#decline-reason-error")).ToBeVisibleAsync();
        var unchanged = await app.ReadAsync(referral.Id);
        Assert.NotEqual(ReferralStatus.Declined, unchanged.Referral.Status);
        Assert.DoesNotContain(unchanged.History, e => e.Kind == ReferralEventKind.Declined);

        await page.Locator("#decline-reason textarea").FillAsync("Dit hoort bij het sociaal wijkteam.");
        await page.Locator("#action-decline").ClickAsync();

        await Expect(page.Locator("#referral-status")).ToContainTextAsync("afgewezen", new() { IgnoreCase = true });
        await Expect(page.Locator("#referral-history")).ToContainTextAsync("Dit hoort bij het sociaal wijkteam.");
        Assert.Equal(ReferralStatus.Declined, (await app.ReadAsync(referral.Id)).Referral.Status);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task AnOpenReferralWithItsActionsHasNoWcagViolations(string theme)
    {
        var referral = await app.ReferToMeganAsync("Vraag over de buurtbus " + theme);
        var page = await app.SignInAsync(app.Megan, "/tabs/referrals", theme);
        await page.Locator($"#open-{referral.Id.Local}").ClickAsync();
        await Expect(page.Locator("#action-accept")).ToBeVisibleAsync();

        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, $"referral-open-{theme}");

        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Target))}")));
        await page.CloseAsync();
    }
}
