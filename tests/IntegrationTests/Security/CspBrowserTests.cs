using System.Collections.Concurrent;
using Microsoft.Playwright;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Tabs.Browser;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// Every tab page, and the developer sign-in before it, works under the app's Content-Security-Policy in headless
/// Chromium: signed in, Blazor's circuit connected (over its WebSocket), Fluent UI and the network map rendered, and
/// not one violation reported, neither as a securitypolicyviolation event nor on the console.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CspBrowserTests(DevelopmentTabApp app) : IClassFixture<DevelopmentTabApp>
{
    private const string RecordViolations =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    public static TheoryData<string> Pages => new(TabPage.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageRunsUnderThePolicyWithoutAViolation(string name)
    {
        var tabPage = TabPage.All.Single(p => p.Name == name);
        var persona = name == "admin" ? app.Administrator : app.ManagerOf(0);
        var page = await app.Browser.NewPageAsync(new() { Locale = "nl-NL", ViewportSize = new() { Width = 1280, Height = 900 } });
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue(message.Type + ": " + message.Text);
        page.PageError += (_, error) => console.Enqueue("page error: " + error);
        await page.AddInitScriptAsync(RecordViolations);

        await SignInAsync(page, persona, tabPage.Path);
        if (name == "status")
        {
            await Expect(page.Locator(".network-map")).ToHaveAttributeAsync("data-shown", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"), new() { Timeout = 30_000 });
        }

        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.Empty(violations);
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(console, line => line.StartsWith("page error", StringComparison.Ordinal));
        await page.CloseAsync();
    }

    /// <summary>The real developer sign-in, on a page whose recorders are in place before its first request.</summary>
    private async Task SignInAsync(IPage page, Colleague persona, string path)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        await page.GotoAsync(app.Url($"{path.TrimStart('/')}{separator}theme=default&locale=nl-nl"));
        // The buttons work once the page's module script has run (it marks the page); a click before that is lost.
        await page.Locator("html[data-sign-in-ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator($"button[data-colleague='{persona.Id.Value}']").ClickAsync();
        await Expect(page.Locator(".signed-in")).ToContainTextAsync(persona.Name);
    }
}
