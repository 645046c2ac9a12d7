using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Tabs;

/// <summary>
/// The tab API's referrals: the signed-in user (Teams SSO token; here minted by the developer sign-in's issuer, which
/// goes through the same validator) sees and acts on only the referrals they are involved in.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabReferralApiTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheReceiverAndTheReferrerSeeTheReferralInTheirListsAndSomeoneElseLearnsNothing()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();

        var ann = await GetAsync(client, town.Ann, "/api/tab/referrals");
        var referrer = await GetAsync(client, town.Referrer, "/api/tab/referrals");
        using var annReads = await SendAsync(client, town.Ann, HttpMethod.Get, $"/api/tab/referrals/{referral.Id}");
        using var outsiderReads = await SendAsync(client, town.Outsider, HttpMethod.Get, $"/api/tab/referrals/{referral.Id}");

        Assert.Equal(referral.Id.ToString(), Assert.Single(ann.GetProperty("toHandle").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(referral.Id.ToString(), Assert.Single(referrer.GetProperty("sent").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, annReads.StatusCode);
        Assert.Equal(1, (await annReads.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("history").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, outsiderReads.StatusCode);
    }

    [Fact]
    public async Task TheReceiverActsAsSignedInAndOthersAndBadInputAreRefusedWithoutAChange()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();
        var url = $"/api/tab/referrals/{referral.Id}";

        using var outsider = await SendAsync(client, town.Outsider, HttpMethod.Post, url + "/accept", new { });
        using var noReason = await SendAsync(client, town.Ann, HttpMethod.Post, url + "/decline", new { reason = " " });
        var unchanged = await town.GetAsync(referral.Id);
        using var accepted = await SendAsync(client, town.Ann, HttpMethod.Post, url + "/accept", new { });

        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(ReferralStatus.New, unchanged.Referral.Status);
        Assert.Single(unchanged.History);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var history = (await town.GetAsync(referral.Id)).History;
        Assert.Equal(town.Ann.Id, history[^1].Actor);
    }

    [Fact]
    public async Task TheDevelopmentActorHeaderDoesNotSignAnyoneInOnTheTabApi()
    {
        var (town, client) = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/referrals");
        request.Headers.Add("X-Wijkverbinder-Actor", town.Ann.Id.Value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private async Task<(ReferralTown Town, HttpClient Client)> StartAsync()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient());
    }

    private async Task<JsonElement> GetAsync(HttpClient client, Colleague who, string url)
    {
        using var response = await SendAsync(client, who, HttpMethod.Get, url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
