using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Wijkverbinder.IntegrationTests.Tabs;

/// <summary>What every browser test of the tabs shares: the app on Kestrel on a free loopback port, and Debian's Chromium.</summary>
public static class TabBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Starts <paramref name="app"/> on Kestrel and returns its base address.</summary>
    public static Uri StartOnKestrel(WebApplicationFactory<Program> app)
    {
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        return new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        // A busy machine (two cores, a Blazor circuit per page) may take more than Playwright's default 5 s to render;
        // an expectation ends as soon as it holds, so the limit only decides how long a real failure takes.
        Assertions.SetDefaultExpectTimeout(30_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        return (playwright, browser);
    }
}
