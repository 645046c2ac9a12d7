using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// Tab and bot decide with the same roles, the colleague directory's (docs/security.md, "One source of roles"):
/// an app role in the token that the directory does not give changes nothing, and a directory role is enough
/// without one in the token.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OneSourceOfRolesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ReferralTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    public async Task InitializeAsync()
    {
        town = await ReferralTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task ATokenRoleTheDirectoryDoesNotGiveIsRefusedOnTheTabAndInTheBotAlike()
    {
        var nora = await SaveAsync("Nora", []);

        using var tab = await GetAsync(nora with { Roles = [AppRole.DistrictTeam, AppRole.Administrator] }, "/api/tab/me");
        var card = await Chat(nora).PressAsync("referral.mine");

        Assert.Equal(HttpStatusCode.Forbidden, tab.StatusCode);
        Assert.Contains("Dit mag u niet met uw rol", BotConversation.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADirectoryRoleWithoutATokenRoleIsAllowedOnTheTabAndInTheBotAlike()
    {
        var wim = await SaveAsync("Wim", [AppRole.DistrictTeam]);

        using var tab = await GetAsync(wim with { Roles = [] }, "/api/tab/me");
        var card = await Chat(wim).PressAsync("showRegister");

        Assert.Equal(HttpStatusCode.OK, tab.StatusCode);
        Assert.Equal(["Wijkteam"], (await tab.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Bewonersinitiatief registreren", BotConversation.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDirectorysRoleDecidesWhatIsAllowedNotTheTokens()
    {
        var sanne = await SaveAsync("Sanne", [AppRole.Specialist]);
        var claimsMore = sanne with { Roles = [AppRole.Administrator, AppRole.DistrictTeam] };

        using var audit = await GetAsync(claimsMore, "/api/tab/audit");
        using var me = await GetAsync(claimsMore, "/api/tab/me");
        var plan = await Chat(sanne).PressAsync("meetingPlan.form");
        var mine = await Chat(sanne).PressAsync("referral.mine");

        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(["Specialist"], (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Dit mag u niet met uw rol", BotConversation.TextOf(plan), StringComparison.Ordinal);
        Assert.Contains("Mijn verwijzingen", BotConversation.TextOf(mine), StringComparison.Ordinal);
    }

    private async Task<Colleague> SaveAsync(string name, IReadOnlyList<AppRole> roles)
    {
        var colleague = new Colleague
        {
            Id = ColleagueId.ForPerson(Guid.NewGuid()), Kind = ColleagueKind.Person, Name = name, Mail = $"{name.ToLowerInvariant()}@gemeente.example",
            Roles = roles, Districts = [town.Town.District1],
        };
        await town.Colleagues.SaveAsync(town.Code, colleague, CancellationToken.None);
        return colleague;
    }

    /// <summary>A tab API request with a token whose app roles are <paramref name="tokenHolder"/>'s roles (not necessarily the directory's).</summary>
    private async Task<HttpResponseMessage> GetAsync(Colleague tokenHolder, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(tokenHolder));
        return await app.CreateClient().SendAsync(request);
    }

    private BotConversation Chat(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);
}
