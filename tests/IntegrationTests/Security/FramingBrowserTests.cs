using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Tabs;

namespace Wijkverbinder.IntegrationTests.Security;

/// <summary>
/// In headless Chromium: a tab page framed by a site on another origin is refused by the browser (frame-ancestors),
/// while the same page framed by an origin the policy names loads. Teams' own hosts cannot be served here; the
/// policy's list of them is asserted in <see cref="SecurityHeaderTests"/>, and the stand-in of Teams at
/// teams.microsoft.com (Tabs/InTeams) frames the pages under the same policy.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FramingBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FramingSite site = null!;
    private TeamsAppFactory factory = null!;
    private WebApplicationFactory<Program> app = null!;
    private Uri baseAddress = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        site = await FramingSite.StartAsync();
        factory = new TeamsAppFactory(azurite);
        factory.Settings["Security:ExtraFrameAncestors:0"] = site.Allowed.GetLeftPart(UriPartial.Authority);
        app = factory.WithWebHostBuilder(host => host.UseStaticWebAssets());
        baseAddress = TabBrowser.StartOnKestrel(app);
        (playwright, browser) = await TabBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await app.DisposeAsync();
        await factory.DisposeAsync();
        await site.DisposeAsync();
    }

    [Fact]
    public async Task ASiteOnAnotherOriginCannotFrameATabPage()
    {
        var page = await browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        var tab = new Uri(baseAddress, "/tabs/referrals").ToString();
        var refused = new TaskCompletionSource<IRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.RequestFailed += (_, request) =>
        {
            if (request.Url == tab)
            {
                refused.TrySetResult(request);
            }
        };

        await page.GotoAsync(FramingSite.PageAt(site.Other, tab));
        var failed = await refused.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("ERR_BLOCKED_BY_RESPONSE", failed.Failure, StringComparison.Ordinal);
        var frame = page.Frames.Single(f => f != page.MainFrame);
        Assert.DoesNotContain(baseAddress.Authority, frame.Url, StringComparison.Ordinal);
        await page.WaitForConsoleMessageAsync(new() { Predicate = m => m.Text.Contains("frame-ancestors", StringComparison.Ordinal), Timeout = 20_000 })
            .ContinueWith(_ => { }, TaskScheduler.Default);
        Assert.Contains(console, line => line.Contains("frame-ancestors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOriginThePolicyNamesMayFrameTheSamePage()
    {
        var page = await browser.NewPageAsync();
        var tab = new Uri(baseAddress, "/tabs/referrals").ToString();

        var loaded = page.WaitForResponseAsync(tab);
        await page.GotoAsync(FramingSite.PageAt(site.Allowed, tab));
        await loaded;
        var frame = page.Frames.Single(f => f != page.MainFrame);
        // The frame starts as about:blank, which is "loaded" at once: wait for the tab's own document first.
        await frame.WaitForURLAsync(url => url.StartsWith(tab, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        Assert.Equal("Wijkverbinder", await frame.TitleAsync());
    }
}
