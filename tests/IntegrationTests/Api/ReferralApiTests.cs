using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;

namespace Wijkverbinder.IntegrationTests.Api;

/// <summary>The referrals API: refer, act, read, and every refusal as a problem that changes nothing.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralApiTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task RefersWithTheSuggestedReceiverAndReadsItBackWithItsHistory()
    {
        var (town, client) = await StartAsync();
        await town.Routing.SaveAsync(town.Code, new(ThemeArmoede, town.Town.AreaA.ToString(), town.Specialist.Id), CancellationToken.None);

        using var response = await PostAsync(client, town.Referrer.Id, "/api/referrals", new
        {
            subject = "ResidentQuestion",
            summary = "Hulp bij formulieren",
            details = "Bewoner zoekt hulp bij de aanvraag.",
            district = town.Town.District1,
            theme = ThemeArmoede,
            urgency = "High",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(town.Specialist.Id.Value, created.GetProperty("receiver").GetString());
        Assert.Equal("New", created.GetProperty("status").GetString());
        var today = DateOnly.FromDateTime(azurite.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(ReferralSla.Default.DueDate(Urgency.High, today).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), created.GetProperty("dueDate").GetString());

        var read = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        var history = read.GetProperty("history");
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal("Created", history[0].GetProperty("kind").GetString());
        Assert.Equal(town.Referrer.Id.Value, history[0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task TheReceiverAcceptsAndCompletesAndBothSeeItInTheirLists()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();
        var url = $"/api/referrals/{referral.Id}";

        using var accepted = await PostAsync(client, town.Ann.Id, url + "/accept", new { });
        using var completed = await PostAsync(client, town.Ann.Id, url + "/complete", new { outcome = "Afspraak gemaakt met de bewoner." });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Completed", (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var ann = await client.GetFromJsonAsync<JsonElement>($"/api/referrals?colleague={town.Ann.Id}");
        var referrer = await client.GetFromJsonAsync<JsonElement>($"/api/referrals?colleague={town.Referrer.Id}");
        Assert.Equal(referral.Id.ToString(), ann.GetProperty("toHandle")[0].GetProperty("id").GetString());
        Assert.Equal(0, ann.GetProperty("sent").GetArrayLength());
        Assert.Equal("Afspraak gemaakt met de bewoner.", referrer.GetProperty("sent")[0].GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task EveryBadFieldOfANewReferralIsNamedAndNothingIsWritten()
    {
        var (town, client) = await StartAsync();

        using var response = await PostAsync(client, town.Referrer.Id, "/api/referrals", new
        {
            subject = "Rumour",
            summary = new string('x', 121),
            details = "BSN 111222333 van de bewoner",
            district = "WK99999999",
            theme = "onbekend",
            urgency = "Soon",
            receiver = "not an id",
            dueDate = "gisteren",
            containsPersonalData = true,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "subject", "summary", "details", "district", "theme", "urgency", "receiver", "dueDate", "consent" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Contains("BSN", errors.GetProperty("details")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await town.RowsAsync("referral"));
        Assert.Empty(await town.RowsAsync("outbox"));
    }

    [Fact]
    public async Task PersonalDataWithConsentIsAcceptedAndRecordedForTheReceiver()
    {
        var (town, client) = await StartAsync();

        using var response = await PostAsync(client, town.Referrer.Id, "/api/referrals", new
        {
            subject = "ResidentQuestion",
            summary = "Bewoner wil meedoen",
            district = town.Town.District1,
            theme = ThemeArmoede,
            receiver = town.Specialist.Id.Value,
            containsPersonalData = true,
            consent = new { givenTo = "Ruud (wijkteam)", givenOn = "2026-11-27" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var consent = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consent");
        Assert.Equal(town.Specialist.Id.Value, consent.GetProperty("forReceiver").GetString());
        Assert.Equal("2026-11-27", consent.GetProperty("givenOn").GetString());
    }

    [Fact]
    public async Task AnIllegalTransitionIsAConflictThatSaysTheStatusInDutch()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();

        using var response = await PostAsync(client, town.Ann.Id, $"/api/referrals/{referral.Id}/complete", new { outcome = "Klaar" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("nieuw", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("New", (await town.GetAsync(referral.Id)).Referral.Status.ToString());
        Assert.Single((await town.GetAsync(referral.Id)).History);
    }

    [Fact]
    public async Task SomeoneWhoIsNotTheReceiverIsForbiddenAndADeclineNeedsAReason()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();

        using var stranger = await PostAsync(client, town.Outsider.Id, $"/api/referrals/{referral.Id}/accept", new { });
        using var noReason = await PostAsync(client, town.Ann.Id, $"/api/referrals/{referral.Id}/decline", new { reason = " " });

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Single((await town.GetAsync(referral.Id)).History);
    }

    [Fact]
    public async Task MissingActorUnknownReferralAndUnreadableIdsAreClearProblems()
    {
        var (town, client) = await StartAsync();

        using var noActor = await client.PostAsJsonAsync("/api/referrals", new { summary = "x" });
        using var unknown = await PostAsync(client, town.Ann.Id, $"/api/referrals/{town.Code}.R.{new string('0', 32)}/accept", new { });
        using var unreadable = await PostAsync(client, town.Ann.Id, "/api/referrals/nonsense/accept", new { });
        using var stranger = await PostAsync(client, ColleagueId.ForPerson(Guid.NewGuid()), "/api/referrals", new { summary = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, noActor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.True((await stranger.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("actor", out _));
    }

    [Fact]
    public async Task RoutingRulesAreAddedCheckedListedAndDeleted()
    {
        var (town, client) = await StartAsync();
        var url = $"/api/municipalities/{town.Code}/routing-rules";

        using var saved = await client.PutAsJsonAsync(url, new { theme = ThemeArmoede, scope = town.Town.District1, receiver = town.Specialist.Id.Value });
        using var bad = await client.PutAsJsonAsync(url, new { theme = "onbekend", scope = "WK00000000", receiver = ColleagueId.ForPerson(Guid.NewGuid()).Value });
        var listed = await client.GetFromJsonAsync<JsonElement>(url);
        using var deleted = await client.DeleteAsync($"{url}/{ThemeArmoede}/{town.Town.District1}");
        using var again = await client.DeleteAsync($"{url}/{ThemeArmoede}/{town.Town.District1}");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("theme", out _) && errors.TryGetProperty("scope", out _) && errors.TryGetProperty("receiver", out _));
        Assert.Equal(town.Specialist.Id.Value, Assert.Single(listed.EnumerateArray()).GetProperty("receiver").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task ARoutingRuleForAThemeTheAreaDoesNotWorkOnIsRefusedLikeOnTheAdministrationTab()
    {
        var (town, client) = await StartAsync();
        await azurite.Store.SaveMunicipalityAsync(Domain.Network.Programme.SetAreaThemes(town.Town.Municipality, town.Town.AreaA, ["meedoen"]).Value!, CancellationToken.None);

        using var refused = await client.PutAsJsonAsync(
            $"/api/municipalities/{town.Code}/routing-rules",
            new { theme = ThemeArmoede, scope = town.Town.District1, receiver = town.Specialist.Id.Value });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("werkt niet aan thema 'armoede'", errors.GetProperty("theme")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await town.Routing.ListAsync(town.Code, CancellationToken.None));
    }

    [Fact]
    public async Task ColleaguesAreRegisteredWithValidRolesAndDistrictsOnly()
    {
        var (town, client) = await StartAsync();
        var id = ColleagueId.ForPerson(Guid.NewGuid()).Value;
        var url = $"/api/municipalities/{town.Code}/colleagues/{id}";

        using var saved = await client.PutAsJsonAsync(url, new { name = "Vera Visser", mail = "vera@gemeente.example", roles = new[] { "Specialist" }, districts = new[] { town.Town.District2 } });
        using var bad = await client.PutAsJsonAsync(url, new { name = "", mail = "geen-adres", roles = new[] { "Koning" }, districts = new[] { "WK00000000" }, locale = "fr" });
        var read = await client.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "mail", "roles[0]", "districts[0]", "locale" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Equal("Vera Visser", read.GetProperty("name").GetString());
    }

    private const string ThemeArmoede = "armoede";

    private async Task<(ReferralTown Town, HttpClient Client)> StartAsync()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, ColleagueId actor, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Wijkverbinder-Actor", actor.Value);
        return client.SendAsync(request);
    }
}
