using System.Text.Json;
using Microsoft.Playwright;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// The tab pages inside Teams: framed by a stand-in for the Teams web client that speaks the Teams JavaScript SDK's
/// postMessage protocol (<c>teams-host.js</c>), with the SDK the app ships, in headless Chromium, against the real
/// app in a Production-like environment (no developer sign-in; tokens checked against the tenant's keys). In the
/// Azurite collection so that its browser does not compete with the other integration tests for the machine.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InTeamsTabTests(InTeamsApp app, ITestOutputHelper output) : IClassFixture<InTeamsApp>, IAsyncLifetime
{
    private const string SdkScript = "/lib/MicrosoftTeams.min.js";

    private TeamsHostStandIn teams = null!;

    public async Task InitializeAsync() => teams = await TeamsHostStandIn.StartAsync(app.Browser);

    public async Task DisposeAsync()
    {
        // The browser's console and failed requests, for a test that fails.
        foreach (var line in teams.Log)
        {
            output.WriteLine(line);
        }

        await teams.DisposeAsync();
    }

    [Fact]
    public async Task ThePersonalTabSignsInWithTheTokenTheHostHandsOutAndNeverVisitsTheDeveloperSignIn()
    {
        await teams.OpenAsync(PersonalTab(app.Tokens.For(app.Alex)));

        await Expect(teams.Tab.Locator(".signed-in")).ToContainTextAsync(app.Alex.Name);
        await teams.WaitForAsync("appInitialization.success");
        var received = await teams.ReceivedAsync();
        var funcs = received.Select(m => m.Func).ToList();

        var initialize = received[0];
        Assert.Equal("initialize", initialize.Func);
        Assert.Equal("2.58.0", initialize.Arg(0).GetString());
        Assert.Equal(4, initialize.Arg(1).GetInt32());
        // The app trusts no message origins beyond the SDK's own list of Teams hosts.
        Assert.True(initialize.Args.GetArrayLength() < 3 || initialize.Arg(2).ValueKind == JsonValueKind.Null);
        // Once, for the app's own registration: no other resources, claims or tenant asked for.
        var getAuthToken = Assert.Single(received, m => m.Func == "authentication.getAuthToken");
        Assert.All(getAuthToken.Args.EnumerateArray(), arg => Assert.Equal(JsonValueKind.Null, arg.ValueKind));
        Assert.True(funcs.IndexOf("getContext") < funcs.IndexOf("authentication.getAuthToken"));
        Assert.True(funcs.IndexOf("authentication.getAuthToken") < funcs.IndexOf("appInitialization.success"));
        Assert.DoesNotContain("appInitialization.failure", funcs);

        // The SDK (and its fetch of the valid origins) loads in the frame; the page stays where Teams put it.
        Assert.Contains(teams.Requests, url => url.StartsWith(app.Url(SdkScript.TrimStart('/')), StringComparison.Ordinal));
        Assert.Contains(teams.Requests, url => url.StartsWith(TeamsHostStandIn.ValidOriginsCdn, StringComparison.Ordinal));
        Assert.DoesNotContain(teams.Requests, url => url.Contains("/dev/sign-in", StringComparison.Ordinal));
        Assert.Contains(teams.Page.Frames, frame => frame.Url.StartsWith(app.Url("tabs/referrals?"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AVersion1TokenForTheAppsApiUriSignsInToo()
    {
        await teams.OpenAsync(PersonalTab(app.Tokens.Version1For(app.Alex)));

        await Expect(teams.Tab.Locator(".signed-in")).ToContainTextAsync(app.Alex.Name);
        await teams.WaitForAsync("appInitialization.success");
    }

    [Fact]
    public async Task TheHostsDarkThemeGivesTheDarkThemeAndAThemeChangeToContrastSwitchesThePageLive()
    {
        await teams.OpenAsync(PersonalTab(app.Tokens.For(app.Alex), theme: "dark"));
        var body = teams.Tab.Locator("body");

        await Expect(teams.Tab.Locator(".signed-in")).ToContainTextAsync(app.Alex.Name);
        await Expect(body).ToHaveAttributeAsync("data-teams-theme", "dark");
        await teams.WaitForAsync("registerHandler", "themeChange");
        await teams.ChangeThemeAsync("contrast");

        await Expect(body).ToHaveAttributeAsync("data-teams-theme", "contrast");
        await Expect(teams.Tab.Locator(".signed-in")).ToContainTextAsync(app.Alex.Name);
    }

    [Fact]
    public async Task TheHostsEnglishLocaleGivesEnglishTextsInADutchBrowser()
    {
        await teams.DisposeAsync();
        teams = await TeamsHostStandIn.StartAsync(app.Browser, browserLocale: "nl-NL");
        var url = await teams.OpenAsync(PersonalTab(app.Tokens.For(app.Alex), locale: "en-us"));

        Assert.Contains("locale=en-us", url, StringComparison.Ordinal);
        await Expect(teams.Tab.Locator(".signed-in")).ToHaveTextAsync($"Signed in as {app.Alex.Name}");
        await Expect(teams.Tab.Locator("h1")).ToHaveTextAsync("My referrals");
        await Expect(teams.Tab.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task ATokenForAnotherAudienceGivesTheRefusalAndTellsTheHostSignInFailed()
    {
        // The host's locale is Dutch and the browser's English (the stand-in's default): the refusal is in Dutch.
        await teams.OpenAsync(PersonalTab(app.Tokens.For(app.Alex, audience: "api://someone-else.example/other-app")));

        await Expect(teams.Tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("Aanmelden is mislukt");
        var failure = await teams.WaitForAsync("appInitialization.failure");
        Assert.Equal("AuthFailed", failure.Arg(0).GetString());
        await Expect(teams.Tab.Locator(".signed-in")).ToHaveCountAsync(0);
        Assert.DoesNotContain(await teams.ReceivedAsync(), m => m.Func == "appInitialization.success");
    }

    [Fact]
    public async Task AColleagueWithoutARoleInTheDirectoryGetsTheNoRoleMessageAndTheirOwnConsent()
    {
        await teams.OpenAsync(PersonalTab(app.Tokens.For(app.NoRole)));

        // The page loads (Teams shows it): the message, and under it the one thing they may do.
        await Expect(teams.Tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("u hebt geen rol in Wijkverbinder");
        await teams.WaitForAsync("appInitialization.success");
        Assert.DoesNotContain(await teams.ReceivedAsync(), m => m.Func is "appInitialization.expectedFailure" or "appInitialization.failure");

        // No page, but their own consent (AVG art. 7(3)): withdrawing is as easy as giving, also without a role.
        var entry = teams.Tab.Locator($"#consent-{app.NorasEntry.Id.Local}");
        await Expect(entry).ToContainTextAsync(app.NoRole.Name);
        await Expect(teams.Tab.Locator("nav")).ToHaveCountAsync(0);
        await entry.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(teams.Tab.Locator("#consent-outcome")).ToBeVisibleAsync();
        var stored = await app.Network.GetMemberAsync(app.NorasEntry.Id, CancellationToken.None);
        Assert.False(((Domain.Network.Person)stored!.Member).ShowContactDetails);
    }

    [Fact]
    public async Task SomeoneWhoIsNoColleagueGetsTheMessageAndAnExpectedFailure()
    {
        var stranger = app.Alex with { Id = Domain.Colleagues.ColleagueId.ForPerson(Guid.NewGuid()), Name = "Onbekend" };

        await teams.OpenAsync(PersonalTab(app.Tokens.For(stranger)));

        await Expect(teams.Tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("geregistreerd");
        var failure = await teams.WaitForAsync("appInitialization.expectedFailure");
        Assert.Equal("PermissionError", failure.Arg(0).GetString());
        Assert.DoesNotContain(await teams.ReceivedAsync(), m => m.Func is "appInitialization.success" or "appInitialization.failure");
        await Expect(teams.Tab.Locator(".contact-consent")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task WhenTheHostGivesNoTokenThePageSaysSignInFailedInsteadOfBreaking()
    {
        await teams.OpenAsync(PersonalTab(token: null));

        await teams.WaitForAsync("authentication.getAuthToken");
        await Expect(teams.Tab.GetByRole(AriaRole.Alert)).ToContainTextAsync("Aanmelden is mislukt");
        var failure = await teams.WaitForAsync("appInitialization.failure");
        Assert.Equal("AuthFailed", failure.Arg(0).GetString());
    }

    [Fact]
    public async Task TheConfigurationPageIsValidOnceADistrictIsChosenAndSavesItsScopeWithTeamsPlaceholders()
    {
        await teams.OpenAsync(ChannelTab(app.Url("tabs/status/configure?locale={locale}&theme={theme}")) with { FrameContext = "settings" });
        await teams.WaitForAsync("registerHandler", "save");
        await teams.WaitForAsync("settings.setValidityState");

        await teams.Tab.Locator("fluent-select#scope").ClickAsync();
        await teams.Tab.GetByRole(AriaRole.Option, new() { Name = app.District.Name, Exact = true }).ClickAsync();
        var valid = await teams.WaitForAsync("settings.setValidityState", count: 2);
        await teams.SaveAsync();
        var saved = await teams.WaitForAsync("settings.setSettings");
        await teams.WaitForAsync("settings.save.success");

        Assert.True(valid.Arg(0).GetBoolean());
        var config = saved.Arg(0);
        var contentUrl = config.GetProperty("contentUrl").GetString()!;
        Assert.StartsWith(app.Url("tabs/status?"), contentUrl, StringComparison.Ordinal);
        Assert.Contains($"scope={app.District.Code}", contentUrl, StringComparison.Ordinal);
        Assert.Contains("locale={locale}", contentUrl, StringComparison.Ordinal);
        Assert.Contains("theme={theme}", contentUrl, StringComparison.Ordinal);
        Assert.Equal($"status-{app.District.Code}", config.GetProperty("entityId").GetString());
        // Asked for long after the page rendered, in the host's language (Dutch) rather than the browser's (English).
        Assert.Equal($"Netwerkstatus {app.District.Name}", config.GetProperty("suggestedDisplayName").GetString());
        Assert.Contains($"scope={app.District.Code}", config.GetProperty("websiteUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSavedChannelTabOpensTheStatusOfItsDistrictWithTheChannelsThemeAndLocale()
    {
        var contentUrl = await SaveStatusTabAsync();
        await teams.DisposeAsync();
        teams = await TeamsHostStandIn.StartAsync(app.Browser);

        var url = await teams.OpenAsync(ChannelTab(contentUrl, theme: "dark", locale: "en-us"));

        Assert.Contains($"scope={app.District.Code}&locale=en-us&theme=dark", url, StringComparison.Ordinal);
        await Expect(teams.Tab.Locator("h1")).ToHaveTextAsync("Network status");
        await Expect(teams.Tab.Locator("body")).ToHaveAttributeAsync("data-teams-theme", "dark");
        await teams.WaitForAsync("appInitialization.success");
    }

    [Fact]
    public async Task TheManifestsConfigurationPageSwitchesToTheProgrammeSavesTheChosenAreaAndThatTabShowsItsProgramme()
    {
        var area = (await app.Network.GetMunicipalityAsync(app.District.Area.Municipality, CancellationToken.None))!.FindArea(app.District.Area)!;
        await teams.OpenAsync(ChannelTab(app.Url("tabs/configure?locale={locale}&theme={theme}")) with { FrameContext = "settings" });

        // Alex may see the network status, so the page opens on it (Save valid for the first district) ...
        await Expect(teams.Tab.Locator("#kind-status")).ToBeCheckedAsync();
        await teams.WaitForAsync("settings.setValidityState");
        await teams.Tab.Locator("#kind-programme").CheckAsync();

        // ... and on the programme nothing is chosen, so Save is disabled until an area is.
        await Expect(teams.Tab.Locator("main h1")).ToHaveTextAsync("Wijkprogramma instellen");
        await teams.WaitForAsync("registerHandler", "save", count: 2);
        var none = await teams.WaitForAsync("settings.setValidityState", count: 2);
        await teams.Tab.Locator("select#area").SelectOptionAsync(area.Id.ToString());
        var valid = await teams.WaitForAsync("settings.setValidityState", count: 3);
        await teams.SaveAsync();
        var saved = await teams.WaitForAsync("settings.setSettings");
        await teams.WaitForAsync("settings.save.success");

        Assert.False(none.Arg(0).GetBoolean());
        Assert.True(valid.Arg(0).GetBoolean());
        var config = saved.Arg(0);
        var contentUrl = config.GetProperty("contentUrl").GetString()!;
        Assert.Equal(app.Url($"tabs/programme?area={Uri.EscapeDataString(area.Id.ToString())}") + "&locale={locale}&theme={theme}", contentUrl);
        Assert.Equal(app.Url($"tabs/programme?area={Uri.EscapeDataString(area.Id.ToString())}"), config.GetProperty("websiteUrl").GetString());
        Assert.Equal($"programme-{area.Id}", config.GetProperty("entityId").GetString());
        Assert.Equal($"Wijkprogramma {area.Name}", config.GetProperty("suggestedDisplayName").GetString());

        // In the channel the tab reads its area from the address.
        await teams.DisposeAsync();
        teams = await TeamsHostStandIn.StartAsync(app.Browser);
        await teams.OpenAsync(ChannelTab(contentUrl, locale: "en-us"));
        await Expect(teams.Tab.Locator("main h1")).ToHaveTextAsync("Neighbourhood programme");
        await Expect(teams.Tab.Locator("select#programme-area")).ToHaveValueAsync(area.Id.ToString());
        await Expect(teams.Tab.Locator("[data-refusal]")).ToHaveCountAsync(0);
        await teams.WaitForAsync("appInitialization.success");
    }

    [Fact]
    public async Task ASiteThatIsNotTeamsCannotFrameThePages()
    {
        await teams.DisposeAsync();
        teams = await TeamsHostStandIn.StartAsync(app.Browser, origin: "https://teams.example");

        var failed = new TaskCompletionSource<IRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        teams.Page.RequestFailed += (_, request) =>
        {
            if (request.Url.StartsWith(app.Url("tabs/referrals"), StringComparison.Ordinal))
            {
                failed.TrySetResult(request);
            }
        };

        await teams.OpenAsync(PersonalTab(app.Tokens.For(app.Alex)));
        var blocked = await failed.Task.WaitAsync(TimeSpan.FromSeconds(20));

        // The page's frame-ancestors policy names the Teams hosts only, so the browser refuses the frame.
        Assert.Contains("ERR_BLOCKED_BY_RESPONSE", blocked.Failure, StringComparison.Ordinal);
        Assert.Empty(await teams.ReceivedAsync());
    }

    [Fact]
    public async Task OutsideAFrameTheTeamsSdkIsNotLoadedAndItsCdnIsNotAsked()
    {
        await teams.GoToAsync(app.Url("tabs/referrals?locale=en-us"));

        // Production without Teams: no developer sign-in, the page asks to be opened in Teams.
        await Expect(teams.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Open this page as a tab in Microsoft Teams");
        Assert.DoesNotContain(teams.Requests, url => url.Contains(SdkScript, StringComparison.Ordinal));
        Assert.DoesNotContain(teams.Requests, url => url.StartsWith(TeamsHostStandIn.ValidOriginsCdn, StringComparison.Ordinal));
        Assert.Contains(teams.Requests, url => url.Contains("/_framework/blazor.web.js", StringComparison.Ordinal));
    }

    /// <summary>Configures the status tab for <see cref="InTeamsApp.District"/> in a settings frame; returns the content URL saved.</summary>
    private async Task<string> SaveStatusTabAsync()
    {
        await teams.OpenAsync(ChannelTab(app.Url("tabs/status/configure?locale={locale}&theme={theme}")) with { FrameContext = "settings" });
        await teams.WaitForAsync("registerHandler", "save");
        await teams.Tab.Locator("fluent-select#scope").ClickAsync();
        await teams.Tab.GetByRole(AriaRole.Option, new() { Name = app.District.Name, Exact = true }).ClickAsync();
        await teams.WaitForAsync("settings.setValidityState", count: 2);
        await teams.SaveAsync();
        return (await teams.WaitForAsync("settings.setSettings")).Arg(0).GetProperty("contentUrl").GetString()!;
    }

    private TeamsContext ChannelTab(string url, string theme = "default", string locale = "nl-nl") => new()
    {
        Url = url,
        Theme = theme,
        Locale = locale,
        Token = app.Tokens.For(app.Alex),
        UserObjectId = app.Alex.Id.Value,
        TenantId = InTeamsApp.TenantId,
        ChannelId = "19:wijkteam-channel@thread.tacv2",
        ChannelName = "Wijkteam",
        TeamId = "19:wijkteam@thread.tacv2",
        TeamName = "Wijkteam Arnhem",
    };

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
