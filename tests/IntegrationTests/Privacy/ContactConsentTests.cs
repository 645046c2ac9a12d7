using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>
/// A person's own opt-in to show their contact details, through the tab API: only their own entry (found by their work
/// mail), and a withdrawal that takes effect at once on the member API and on the network status snapshot.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ContactConsentTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task APersonWithdrawsTheirConsentAndNoViewShowsTheirDetailsAnyMore()
    {
        var (town, client, ann) = await StartAsync();
        var refresher = app!.Services.GetRequiredService<DashboardRefresher>();
        var dashboards = app.Services.GetRequiredService<IDashboardStore>();
        await refresher.RefreshAreaAsync(town.Town.Municipality, town.Town.Municipality.FindArea(town.Town.AreaA)!, CancellationToken.None);
        Assert.Equal(town.Ann.Mail, await SnapshotMailAsync(dashboards, town, ann.Id));

        var entries = await (await SendAsync(client, town.Ann, HttpMethod.Get, "/api/tab/consent")).Content.ReadFromJsonAsync<JsonElement>();
        using var withdrawn = await SendAsync(client, town.Ann, HttpMethod.Put, $"/api/tab/consent/{ann.Id}", new { show = false });

        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal((ann.Id.ToString(), true), (entry.GetProperty("memberId").GetString(), entry.GetProperty("showContactDetails").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var stored = (Person)(await azurite.Store.GetMemberAsync(ann.Id, CancellationToken.None))!.Member;
        Assert.Equal((false, AzuriteFixture.Today), (stored.ShowContactDetails, stored.ConsentRecordedOn));
        Assert.Null(await SnapshotMailAsync(dashboards, town, ann.Id));
        var member = await client.GetFromJsonAsync<JsonElement>($"/api/members/{ann.Id}");
        Assert.False(member.TryGetProperty("email", out var email) && email.ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task SomeoneElsesEntryAndBadInputAreRefusedWithoutAChange()
    {
        var (town, client, ann) = await StartAsync();

        using var outsider = await SendAsync(client, town.Outsider, HttpMethod.Put, $"/api/tab/consent/{ann.Id}", new { show = false });
        using var noChoice = await SendAsync(client, town.Ann, HttpMethod.Put, $"/api/tab/consent/{ann.Id}", new { });
        using var badId = await SendAsync(client, town.Ann, HttpMethod.Put, "/api/tab/consent/not-a-member", new { show = false });
        var outsiderEntries = await (await SendAsync(client, town.Outsider, HttpMethod.Get, "/api/tab/consent")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Contains("eigen vermelding", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.StatusCode);
        Assert.True((await noChoice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("show", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(0, outsiderEntries.GetArrayLength());
        var stored = (Person)(await azurite.Store.GetMemberAsync(ann.Id, CancellationToken.None))!.Member;
        Assert.Equal((true, (DateOnly?)null), (stored.ShowContactDetails, stored.ConsentRecordedOn));
    }

    private async Task<(ReferralTown Town, HttpClient Client, Member Ann)> StartAsync()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var person = TestTown.Person("Ann Jansen", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock), Email = town.Ann.Mail };
        var created = await azurite.Store.CreateMemberAsync(person, [], new Dictionary<MemberId, Member>(), CancellationToken.None);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient(), created.Member);
    }

    private static async Task<string?> SnapshotMailAsync(IDashboardStore dashboards, ReferralTown town, MemberId member)
    {
        var snapshot = await dashboards.GetAsync(DashboardScope.ForDistrict(town.Town.District1), CancellationToken.None);
        return Assert.Single(snapshot!.Map.Nodes, n => n.Id == member.ToString()).Email;
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
