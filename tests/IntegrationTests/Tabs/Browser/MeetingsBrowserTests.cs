using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The meetings page in the browser as Alex (wijkteam, demo data of Arnhem): the plan form with suggestions from the
/// network passes axe in every theme; an end before the start is refused at the field with nothing stored; then the
/// meeting is planned and its details pass axe too. Megan (specialist) answers a demo meeting she is invited to.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingsBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Theory]
    [InlineData("default")]
    [InlineData("dark")]
    [InlineData("contrast")]
    public async Task ThePlanFormWithItsSuggestionsHasNoWcagViolations(string theme)
    {
        var page = await OpenFormAsync(theme);

        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, $"meetings-plan-{theme}");

        Assert.True(result.Violations.Length == 0, Describe(result));
        await page.CloseAsync();
    }

    [Fact]
    public async Task AnEndBeforeTheStartIsRefusedAtTheFieldWithNothingStoredAndThenTheMeetingIsPlanned()
    {
        var before = (await app.MeetingsOfAsync(app.Alex)).Count;
        var page = await OpenFormAsync("default");
        await page.Locator("#meeting-title").FillAsync("Themabijeenkomst in de wijk");
        await page.Locator("#meeting-date").FillAsync("2026-12-10");
        await page.Locator("#meeting-start").FillAsync("19:30");
        await page.Locator("#meeting-end").FillAsync("18:00");
        await page.Locator("#meeting-location").FillAsync("Buurthuis");

        await page.Locator("#meeting-save").ClickAsync();

        await Expect(page.Locator("#meeting-end-error")).ToContainTextAsync("Het einde moet na het begin liggen.");
        Assert.Equal(before, (await app.MeetingsOfAsync(app.Alex)).Count);

        await page.Locator("#meeting-end").FillAsync("21:00");
        await page.Locator("#meeting-save").ClickAsync();

        await Expect(page.Locator("#meeting-details-title")).ToHaveTextAsync("Themabijeenkomst in de wijk");
        Assert.Equal(before + 1, (await app.MeetingsOfAsync(app.Alex)).Count);
        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, "meetings-details-default");
        Assert.True(result.Violations.Length == 0, Describe(result));
        await page.CloseAsync();
    }

    [Fact]
    public async Task AnInvitedSpecialistAnswersADemoMeetingWithoutAPlanButtonAndThePagePassesAxe()
    {
        var page = await app.SignInAsync(app.Megan, "/tabs/meetings", "default");
        await Expect(page.Locator("#meetings-table")).ToBeVisibleAsync();
        await Expect(page.Locator("#my-actions-table")).ToContainTextAsync("Folder over het buurtfonds laten vertalen");
        Assert.Equal(0, await page.Locator("#plan-meeting").CountAsync());

        await page.Locator("#meetings-table fluent-button", new() { HasText = "Armoede: plannen voor het voorjaar" }).ClickAsync();
        await Expect(page.Locator("#meeting-my-answer")).ToContainTextAsync("Geen antwoord");
        Assert.Equal(0, await page.Locator("#meeting-change").CountAsync());
        await page.Locator("#meeting-accept").ClickAsync();

        await Expect(page.Locator("#meeting-done")).ToBeVisibleAsync();
        await Expect(page.Locator("#meeting-my-answer")).ToContainTextAsync("Komt");
        var result = await Wcag.CheckAsync(page);
        await Screenshots.SaveAsync(page, "meetings-specialist-default");
        Assert.True(result.Violations.Length == 0, Describe(result));
        await page.CloseAsync();
    }

    /// <summary>The form with the first district chosen and its first theme ticked, the suggestions shown.</summary>
    private async Task<IPage> OpenFormAsync(string theme)
    {
        var page = await app.SignInAsync(app.Alex, "/tabs/meetings", theme);
        await page.Locator("#plan-meeting").ClickAsync();
        await page.Locator("#meeting-scope").SelectOptionAsync(app.Alex.Districts[0]);
        await page.Locator("#meeting-themes input[type=checkbox]").First.CheckAsync();
        await Expect(page.Locator("[data-group=Initiative], [data-group=Partner], [data-group=Person], #meeting-no-suggestions").First).ToBeVisibleAsync();
        return page;
    }

    private static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Target))}"));
}
