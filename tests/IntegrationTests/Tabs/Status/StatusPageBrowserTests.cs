using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Tabs.InTeams;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.Status;

/// <summary>
/// The network status of a demo district (Arnhem, built at start after the seed) in headless Chromium inside the Teams
/// stand-in: figures, the map drawn by cytoscape.js, search with Enter, and a refusal for a district the user does not work in.
/// </summary>
public sealed class StatusPageBrowserTests(InTeamsApp app) : IClassFixture<InTeamsApp>, IAsyncLifetime
{
    private TeamsHostStandIn teams = null!;

    public async Task InitializeAsync() => teams = await TeamsHostStandIn.StartAsync(app.Browser);

    public async Task DisposeAsync() => await teams.DisposeAsync();

    [Fact]
    public async Task ShowsTheFiguresAndDrawsTheMapOfADistrictTheUserWorksIn()
    {
        await teams.OpenAsync(Tab(app.District.Code));
        await Expect(teams.Tab.Locator("h1")).ToHaveTextAsync("Netwerkstatus");

        await Expect(teams.Tab.Locator($"[data-scope={app.District.Code}]")).ToHaveTextAsync(app.District.Name);
        await Expect(teams.Tab.Locator("[data-figure=members]")).Not.ToHaveTextAsync("0");
        await Expect(teams.Tab.Locator(".network-map canvas").First).ToBeAttachedAsync(new() { Timeout = 20_000 });

        var search = teams.Tab.Locator("#map-search");
        await search.FillAsync("a");
        await search.PressAsync("Enter");
        await Expect(teams.Tab.Locator(".member-details")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RefusesADistrictTheUserDoesNotWorkIn()
    {
        var elsewhere = Enumerable.Range(1, 99).Select(n => $"WK0202{n:D2}").First(code => !app.Alex.Districts.Contains(code));

        await teams.OpenAsync(Tab(elsewhere));

        await Expect(teams.Tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("u werkt daar niet");
    }

    private TeamsContext Tab(string scope) => new()
    {
        Url = app.Url($"tabs/status?scope={scope}&locale={{locale}}&theme={{theme}}"),
        Theme = "default",
        Locale = "nl-nl",
        Token = app.Tokens.For(app.Alex),
        UserObjectId = app.Alex.Id.Value,
        TenantId = InTeamsApp.TenantId,
        ChannelId = "19:wijkteam-channel@thread.tacv2",
        ChannelName = "Wijkteam",
        TeamId = "19:wijkteam@thread.tacv2",
        TeamName = "Wijkteam Arnhem",
    };
}
