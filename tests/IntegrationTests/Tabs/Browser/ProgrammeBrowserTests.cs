using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>
/// The wijkprogramma page of a demo area as its wijkmanager: a refused set of goals shows why and changes nothing, a
/// good one appears at once; a success with an http video link is refused, with https it goes on the podium; and the
/// page passes axe (WCAG 2.1 AA) with the forms and their messages on it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgrammeBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    [Fact]
    public async Task TheWijkmanagerSetsGoalsAndRecordsASuccessAndThePagePassesAxe()
    {
        var area = app.Arnhem.Areas[0];
        var page = await app.SignInAsync(app.ManagerOf(0), "/tabs/programme?area=" + area.Id);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Wijkprogramma", new() { Timeout = 30_000 });
        var form = page.Locator("form[data-goals-form]").First;
        var theme = (await form.GetAttributeAsync("data-goals-form"))!;
        var goals = page.Locator($"section[data-theme='{theme}'] ul.goals li");
        var goalsBefore = (await goals.AllTextContentsAsync()).ToArray();
        var podium = page.Locator("ol.podium li");
        var successesBefore = await podium.CountAsync();

        await page.Locator($"#goals-{theme}").FillAsync(string.Join('\n', Enumerable.Range(1, 6).Select(i => $"Doel {i}")));
        await page.Locator($"#goals-{theme}-save").ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Te veel");
        await Expect(goals).ToHaveTextAsync(goalsBefore);
        await page.Locator($"#goals-{theme}").FillAsync("Meer bewoners doen mee in de buurttuin");
        await page.Locator($"#goals-{theme}-save").ClickAsync();
        await Expect(goals).ToHaveTextAsync(["Meer bewoners doen mee in de buurttuin"]);

        await page.Locator("#success-story").FillAsync("De eerste oogst ging naar veertig buren.");
        await page.Locator("#success-video").FillAsync("http://video.example.org/oogst");
        await page.Locator("#success-save").ClickAsync();
        await Expect(page.Locator("#success-video-error")).ToContainTextAsync("https");
        await Expect(podium).ToHaveCountAsync(successesBefore);
        await page.Locator("#success-video").FillAsync("https://video.example.org/oogst");
        await page.Locator("#success-save").ClickAsync();
        await Expect(podium).ToHaveCountAsync(successesBefore + 1);
        await Expect(podium.First.Locator("a")).ToHaveAttributeAsync("href", "https://video.example.org/oogst");

        // The refused field's message is on the page too while axe runs.
        await page.Locator("#success-video").FillAsync("ftp://video.example.org");
        await page.Locator("#success-save").ClickAsync();
        await Expect(page.Locator("#success-video-error")).ToBeVisibleAsync();
        AxeResult result = await Wcag.CheckAsync(page);
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Nodes.Length}")));
        await page.CloseAsync();
    }
}
