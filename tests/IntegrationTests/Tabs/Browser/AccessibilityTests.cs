using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// Every tab page, in Teams' three themes, passes axe's WCAG 2.1 A and AA rules with no violation, and is saved as a
/// screenshot. The beheerder signs in, because they may open every page. Also: the keyboard reaches everything in
/// order, and the page speaks the Teams locale.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AccessibilityTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    public static TheoryData<string, string> PagesAndThemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in TabPage.All)
        {
            foreach (var theme in new[] { "default", "dark", "contrast" })
            {
                data.Add(page.Name, theme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndThemes))]
    public async Task EveryPageHasNoWcagViolationsInEveryTheme(string name, string theme)
    {
        var tab = TabPage.All.Single(p => p.Name == name);
        // The beheerder opens every page but the wijkteam's own (meetings), which a wijkteam member opens.
        var who = tab.Roles.Any(app.Administrator.Has) ? app.Administrator : app.Alex;
        var page = await app.SignInAsync(who, tab.Path, theme);
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-teams-theme", theme);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var result = await Wcag.CheckAsync(page);
        var screenshot = await Screenshots.SaveAsync(page, $"{name}-{theme}");

        Assert.True(result.Violations.Length == 0, Describe(result));
        Assert.True(new FileInfo(screenshot).Length > 1000, "the screenshot is empty");
        Assert.Equal("PNG"u8.ToArray(), (await File.ReadAllBytesAsync(screenshot))[1..4]);
        await page.CloseAsync();
    }

    [Fact]
    public async Task TheKeyboardReachesTheSkipLinkTheNavigationAndThePageInOrderAndEnterFollowsALink()
    {
        var page = await app.SignInAsync(app.Administrator, "/tabs/referrals");

        // Tab only once the circuit has drawn the page and its navigation, or the first presses land on a half page.
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Mijn verwijzingen");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Beheer", Exact = true })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("body").FocusAsync();

        var focused = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused.Add(await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''"));
        }

        Assert.Equal(["Naar de inhoud", "Mijn verwijzingen", "Gedeelde middelen", "Netwerkstatus", "Aanjaagbudget", "Beheer"], focused);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/tabs/admin", StringComparison.Ordinal));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Beheer");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("en-us", "My referrals", "Signed in as")]
    [InlineData("nl-nl", "Mijn verwijzingen", "Aangemeld als")]
    public async Task ThePageSpeaksTheTeamsLocale(string locale, string heading, string signedIn)
    {
        var page = await app.SignInAsync(app.Alex, "/tabs/referrals", locale: locale);

        await Expect(page.Locator("main h1")).ToHaveTextAsync(heading);
        await Expect(page.Locator(".signed-in")).ToContainTextAsync(signedIn);
        await page.CloseAsync();
    }

    private static string Describe(AxeResult result) => string.Join(
        Environment.NewLine,
        result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
}
