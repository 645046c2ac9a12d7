using Microsoft.Playwright;
using Xunit.Abstractions;
using Wijkverbinder.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// The tab pages inside Teams: framed by a stand-in for the Teams web client that speaks the Teams JavaScript SDK's
/// postMessage protocol, with the real SDK the app ships, in headless Chromium, against the real app.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InTeamsTabTests(InTeamsApp app, ITestOutputHelper output) : IClassFixture<InTeamsApp>, IAsyncLifetime
{
    private TeamsHostStandIn teams = null!;

    public async Task InitializeAsync() => teams = await TeamsHostStandIn.StartAsync(app.Browser);

    public async Task DisposeAsync()
    {
        foreach (var line in teams.Log)
        {
            output.WriteLine(line);
        }

        await teams.DisposeAsync();
    }

    [Fact]
    public async Task ThePersonalTabSignsInWithTheTokenTheHostHandsOut()
    {
        await teams.OpenAsync(PersonalTab(app.Tokens.For(app.Alex)));

        await Expect(teams.Tab.Locator(".signed-in")).ToContainTextAsync(app.Alex.Name);
        var received = await teams.ReceivedAsync();
        var getAuthToken = Assert.Single(received, m => m.Func == "authentication.getAuthToken");
        Assert.Contains(received, m => m.Func == "appInitialization.success");
        Assert.DoesNotContain(teams.Requests, url => url.Contains("/dev/sign-in", StringComparison.Ordinal));
    }

    private TeamsContext PersonalTab(string? token, string theme = "default", string locale = "nl-nl") => new()
    {
        Url = app.Url("tabs/referrals?locale={locale}&theme={theme}"),
        Theme = theme,
        Locale = locale,
        Token = token,
        UserObjectId = app.Alex.Id.Value,
        TenantId = InTeamsApp.TenantId,
        EntityId = "referrals",
    };
}
