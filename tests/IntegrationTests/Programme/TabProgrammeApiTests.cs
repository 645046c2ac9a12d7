using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Storage.Referrals;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Programme;

/// <summary>
/// The programme on the tab API against Azurite: the area's wijkteam changes goals and marks successes, others read
/// (403 when they try to change, 404 for an area that is not theirs), bad input is 400 with nothing stored, and an
/// initiative's contact person shows only with a recorded opt-in, hidden again at once when it is withdrawn.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabProgrammeApiTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheWijkteamChangesGoalsOthersAreRefusedAndBadInputStoresNothing()
    {
        var (town, client) = await StartAsync();
        var areaA = town.Town.AreaA;
        var url = $"/api/tab/programme/{areaA}/themes/meedoen/goals";

        using var bsn = await SendAsync(client, town.Referrer, HttpMethod.Put, url, new { goals = new[] { "Bel 111222333" } });
        using var tooMany = await SendAsync(client, town.Referrer, HttpMethod.Put, url, new { goals = Enumerable.Range(1, ProgrammeLimits.GoalsPerTheme + 1).Select(i => $"Doel {i}") });
        using var unknownTheme = await SendAsync(client, town.Referrer, HttpMethod.Put, $"/api/tab/programme/{areaA}/themes/sport/goals", new { goals = new[] { "Doel" } });
        using var noBody = await SendAsync(client, town.Referrer, HttpMethod.Put, url, new { });
        using var reader = await SendAsync(client, town.Ann, HttpMethod.Put, url, new { goals = new[] { "Doel" } });
        using var otherArea = await SendAsync(client, town.Referrer, HttpMethod.Put, $"/api/tab/programme/{town.Town.AreaB}/themes/meedoen/goals", new { goals = new[] { "Doel" } });
        using var unknownArea = await SendAsync(client, town.Referrer, HttpMethod.Get, "/api/tab/programme/GM9999.Z");
        using var malformed = await SendAsync(client, town.Referrer, HttpMethod.Get, "/api/tab/programme/gebied-a");
        var nothingYet = await new ProgrammeStores(azurite).GoalsAsync(areaA);
        using var saved = await SendAsync(client, town.Referrer, HttpMethod.Put, url, new { goals = new[] { " Iedereen doet mee ", "" } });
        using var stale = await SendAsync(client, town.Referrer, HttpMethod.Put, url, new { goals = new[] { "Iets anders" } });
        var read = await (await SendAsync(client, town.Outsider, HttpMethod.Get, $"/api/tab/programme/{areaA}")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, bsn.StatusCode);
        Assert.True((await bsn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("goals[0]", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownTheme.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherArea.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownArea.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Empty(nothingYet);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.False(read.GetProperty("mayEdit").GetBoolean());
        var meedoen = Assert.Single(read.GetProperty("themes").EnumerateArray(), t => t.GetProperty("id").GetString() == "meedoen");
        Assert.Equal(["Iedereen doet mee"], meedoen.GetProperty("goals").EnumerateArray().Select(g => g.GetString()));
        Assert.Single(await app!.Services.GetRequiredService<OutboxReader>().ListPendingProgrammeEntriesAsync(town.Code, 10, None));
    }

    [Fact]
    public async Task TheContactPersonShowsOnlyWithTheirOptInAndDisappearsAtOnceWhenTheyWithdrawIt()
    {
        var (town, client) = await StartAsync();
        var garden = await CreateAsync(TestTown.Initiative("Moestuin", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock) });
        var ida = await CreateAsync(
            TestTown.Person("Ida de Vries", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock), Email = town.Ann.Mail, Roles = [PersonRole.Initiator] },
            new Tie { From = default, To = garden.Id, Type = TieType.MemberOf, Since = AzuriteFixture.Today, LastContactOn = AzuriteFixture.Today });
        var url = $"/api/tab/programme/{town.Town.AreaA}";

        var neverRecorded = Contact(await ReadAsync(client, town.Outsider, url));
        using var given = await SendAsync(client, town.Ann, HttpMethod.Put, $"/api/tab/consent/{ida.Id}", new { show = true });
        var shown = Contact(await ReadAsync(client, town.Outsider, url));
        using var withdrawn = await SendAsync(client, town.Ann, HttpMethod.Put, $"/api/tab/consent/{ida.Id}", new { show = false });
        var afterWithdrawal = await ReadAsync(client, town.Outsider, url);

        Assert.Null(neverRecorded);
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Equal(("Ida de Vries", town.Ann.Mail), (shown?.GetProperty("name").GetString(), shown?.GetProperty("email").GetString()));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Null(Contact(afterWithdrawal));
        Assert.DoesNotContain(town.Ann.Mail, afterWithdrawal.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ida", afterWithdrawal.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWijkteamMarksASuccessAndThePodiumShowsTheNewestFirst()
    {
        var (town, client) = await StartAsync();
        var garden = await CreateAsync(TestTown.Initiative("Moestuin", town.Town.District1) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock) });
        var meals = await CreateAsync(TestTown.Initiative("Buurtmaaltijd", town.Town.District2) with { Id = MemberId.New(town.Town.AreaA, azurite.Clock) });
        var url = $"/api/tab/programme/{town.Town.AreaA}/successes";

        using var httpVideo = await SendAsync(client, town.Referrer, HttpMethod.Post, url, new { initiative = garden.Id.ToString(), story = "Eerste oogst", video = "http://video.example.org/oogst" });
        using var bsn = await SendAsync(client, town.Referrer, HttpMethod.Post, url, new { initiative = garden.Id.ToString(), story = "Hulp voor BSN 111222333" });
        using var unknown = await SendAsync(client, town.Referrer, HttpMethod.Post, url, new { initiative = $"{town.Town.AreaA}.onbekend", story = "Eerste oogst" });
        using var byReader = await SendAsync(client, town.Ann, HttpMethod.Post, url, new { initiative = garden.Id.ToString(), story = "Eerste oogst" });
        var none = await new ProgrammeStores(azurite).SuccessesAsync(town.Town.AreaA);
        using var first = await SendAsync(client, town.Referrer, HttpMethod.Post, url, new { initiative = garden.Id.ToString(), story = "Eerste oogst gedeeld met 40 buren", video = "https://video.example.org/oogst" });
        azurite.Clock.Advance(TimeSpan.FromMinutes(5));
        using var second = await SendAsync(client, town.Referrer, HttpMethod.Post, url, new { initiative = meals.Id.ToString(), story = "Honderdste maaltijd" });
        var podium = await ReadAsync(client, town.Outsider, url);

        Assert.Equal(HttpStatusCode.BadRequest, httpVideo.StatusCode);
        Assert.True((await httpVideo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("video", out _));
        Assert.Equal(HttpStatusCode.BadRequest, bsn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReader.StatusCode);
        Assert.Empty(none);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(["Buurtmaaltijd", "Moestuin"], podium.EnumerateArray().Select(s => s.GetProperty("initiativeName").GetString()));
        Assert.Equal("https://video.example.org/oogst", podium[1].GetProperty("video").GetString());
    }

    private static JsonElement? Contact(JsonElement programme)
    {
        var initiative = programme.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("initiatives").EnumerateArray()).First();
        return initiative.TryGetProperty("contact", out var contact) && contact.ValueKind == JsonValueKind.Object ? contact : null;
    }

    private async Task<Member> CreateAsync(Member member, params Tie[] ties)
    {
        var counterparts = new Dictionary<MemberId, Member>();
        foreach (var tie in ties)
        {
            counterparts[tie.To] = (await azurite.Store.GetMemberAsync(tie.To, None))!.Member;
        }

        var created = await azurite.Store.CreateMemberAsync(member, [.. ties.Select(t => t with { From = member.Id })], counterparts, None);
        return created.Member;
    }

    private async Task<(ReferralTown Town, HttpClient Client)> StartAsync()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient());
    }

    private async Task<JsonElement> ReadAsync(HttpClient client, Colleague who, string url)
    {
        using var response = await SendAsync(client, who, HttpMethod.Get, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
