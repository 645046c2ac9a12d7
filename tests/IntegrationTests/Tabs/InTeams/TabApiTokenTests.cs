using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Protocol.Tests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// The tab API in a Production-like app (no developer key trusted; the tenant's keys from a local metadata server):
/// a good Entra token signs in, a refused one is 401 with a Bearer challenge, and a good token of someone without a
/// role or not registered is 403 with a problem body.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabApiTokenTests(InTeamsApp app) : IClassFixture<InTeamsApp>
{
    [Fact]
    public async Task AGoodTokenSignsInWithTheRolesAndTheDistrictsFromTheDirectory()
    {
        using var response = await GetMeAsync(app.Tokens.For(app.Alex));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(app.Alex.Id.Value, me.GetProperty("id").GetString());
        Assert.Equal(["Wijkteam"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(app.Alex.Districts, me.GetProperty("districts").EnumerateArray().Select(d => d.GetString()!));
    }

    [Fact]
    public async Task AVersion1TokenForTheApplicationIdUriSignsInToo()
    {
        using var response = await GetMeAsync(app.Tokens.Version1For(app.Alex));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(app.Alex.Id.Value, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("wrong-audience")]
    [InlineData("version-1-for-another-app")]
    [InlineData("another-tenant")]
    [InlineData("foreign-issuer")]
    [InlineData("expired")]
    [InlineData("not-yet-valid")]
    [InlineData("bad-signature")]
    [InlineData("unknown-key-id")]
    public async Task ARefusedTokenIs401WithABearerChallenge(string? kind)
    {
        const string otherTenant = "0b7e9f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
        using var stranger = new SigningKey("in-teams-test-key");
        using var unknown = new SigningKey("a-key-entra-never-published");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var token = kind switch
        {
            null => null,
            "wrong-audience" => app.Tokens.For(app.Alex, audience: "00000000-0000-0000-0000-00000000beef"),
            "version-1-for-another-app" => app.Tokens.For(app.Alex, audience: "api://elsewhere.example/" + InTeamsApp.ClientId),
            "another-tenant" => app.Tokens.Changed(app.Alex, d =>
            {
                d.Issuer = $"https://login.microsoftonline.com/{otherTenant}/v2.0";
                d.Subject.RemoveClaim(d.Subject.FindFirst("tid"));
                d.Subject.AddClaim(new Claim("tid", otherTenant));
            }),
            "foreign-issuer" => app.Tokens.Changed(app.Alex, d => d.Issuer = $"https://issuer.example/{InTeamsApp.TenantId}/v2.0"),
            "expired" => app.Tokens.Changed(app.Alex, d => (d.IssuedAt, d.NotBefore, d.Expires) = (now.AddHours(-3), now.AddHours(-3), now.AddHours(-2))),
            "not-yet-valid" => app.Tokens.Changed(app.Alex, d => (d.IssuedAt, d.NotBefore, d.Expires) = (now.AddHours(2), now.AddHours(2), now.AddHours(3))),
            "bad-signature" => app.Tokens.Changed(app.Alex, d => d.SigningCredentials = new SigningCredentials(stranger.SecurityKey, SecurityAlgorithms.RsaSha256)),
            "unknown-key-id" => app.Tokens.Changed(app.Alex, d => d.SigningCredentials = new SigningCredentials(unknown.SecurityKey, SecurityAlgorithms.RsaSha256)),
            _ => kind,
        };

        using var response = await GetMeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AGoodTokenOfAColleagueWithoutARoleInTheDirectoryIs403EvenWithAnAppRoleInTheToken()
    {
        using var response = await GetMeAsync(app.Tokens.For(app.NoRole with { Roles = [AppRole.DistrictTeam] }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("rol", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodTokenOfSomeoneWhoIsNoColleagueIs403()
    {
        var stranger = app.Alex with { Id = ColleagueId.ForPerson(Guid.NewGuid()), Name = "Onbekend" };

        using var response = await GetMeAsync(app.Tokens.For(stranger));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("geregistreerd", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AColleagueWithoutARoleListsAndWithdrawsTheirOwnConsentAndNothingElse()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Tokens.For(app.NoRole));

        var mine = await client.GetFromJsonAsync<JsonElement>("/api/tab/consent");
        using var withdrawn = await client.PutAsJsonAsync($"/api/tab/consent/{app.NorasEntry.Id}", new { show = false });
        using var othersEntry = await client.PutAsJsonAsync($"/api/tab/consent/{app.AlexsEntry.Id}", new { show = false });
        using var referrals = await client.GetAsync("/api/tab/referrals");

        Assert.Equal([app.NorasEntry.Id.ToString()], mine.EnumerateArray().Select(e => e.GetProperty("memberId").GetString()));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("showContactDetails").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, othersEntry.StatusCode);
        Assert.True(((Domain.Network.Person)(await app.Network.GetMemberAsync(app.AlexsEntry.Id, CancellationToken.None))!.Member).ShowContactDetails);
        Assert.Equal(HttpStatusCode.Forbidden, referrals.StatusCode);
    }

    private async Task<HttpResponseMessage> GetMeAsync(string? token)
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.GetAsync("/api/tab/me");
    }
}
