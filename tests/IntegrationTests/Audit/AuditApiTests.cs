using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Audit;

/// <summary>
/// The audit trail of the APIs, read back from the stored rows: one record per call, with ids only, allowed or denied,
/// and the Beheerder's search, which refuses (and records) everyone else.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditApiTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly string[] Columns =
        ["Action", "Actor", "At", "Hash", "KeyId", "ObjectId", "ObjectType", "Origin", "PreviousHash", "Result", "Sequence", "Version"];

    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task AReferralMadeThroughTheApiWritesOneRecordWithTheRightFieldsAndNoPersonalData()
    {
        var (town, client) = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals")
        {
            Content = JsonContent.Create(new { subject = "ResidentQuestion", summary = "Hulp bij de energietoeslag", details = "Mevrouw Jansen, vera.bos@example.org", district = town.Town.District1, theme = "armoede", receiver = ReferralTown.SocialTeamId.Value }),
        };
        request.Headers.Add("X-Wijkverbinder-Actor", town.Referrer.Id.Value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var row = Assert.Single(await AuditRowsReader.RowsAsync(azurite, town.Code));
        Assert.Equal(Columns, row.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Order(StringComparer.Ordinal));
        Assert.Equal(
            ("POST /api/referrals", "referral", id, "Allowed", "Api", AuditRowsReader.Pseudonym(town.Code, town.Referrer.Id.Value), 1L),
            (row.GetString("Action"), row.GetString("ObjectType"), row.GetString("ObjectId"), row.GetString("Result"), row.GetString("Origin"), row.GetString("Actor"), row.GetInt64("Sequence")));
        Assert.Equal(AzuriteFixture.Now, row.GetDateTimeOffset("At"));
        var stored = string.Join("|", ((IDictionary<string, object>)row).Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("@", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("energietoeslag", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(town.Referrer.Name, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedTabActionWritesADeniedRecordAndChangesNothing()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();

        using var response = await SendAsync(client, town.Outsider, HttpMethod.Post, $"/api/tab/referrals/{referral.Id}/accept", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var record = await town.GetAsync(referral.Id);
        Assert.Equal((ReferralStatus.New, 1), (record.Referral.Status, record.History.Count));
        var row = Assert.Single(await AuditRowsReader.RowsAsync(azurite, town.Code));
        Assert.Equal(
            ("POST /api/tab/referrals/{id}/accept", "referral", referral.Id.ToString(), "Denied", "TabApi", AuditRowsReader.Pseudonym(town.Code, town.Outsider.Id.Value)),
            (row.GetString("Action"), row.GetString("ObjectType"), row.GetString("ObjectId"), row.GetString("Result"), row.GetString("Origin"), row.GetString("Actor")));
    }

    [Fact]
    public async Task AReadHiddenFromSomeoneNotInvolvedIsRecordedAsDenied()
    {
        var (town, client) = await StartAsync();
        var referral = await town.CreateAsync();

        using var outsider = await SendAsync(client, town.Outsider, HttpMethod.Get, $"/api/tab/referrals/{referral.Id}");
        using var ann = await SendAsync(client, town.Ann, HttpMethod.Get, $"/api/tab/referrals/{referral.Id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (outsider.StatusCode, ann.StatusCode));
        var rows = await AuditRowsReader.RowsAsync(azurite, town.Code);
        Assert.Equal(
            [(AuditRowsReader.Pseudonym(town.Code, town.Outsider.Id.Value), "Denied"), (AuditRowsReader.Pseudonym(town.Code, town.Ann.Id.Value), "Allowed")],
            rows.OrderBy(r => r.GetInt64("Sequence")).Select(r => (r.GetString("Actor"), r.GetString("Result"))));
    }

    [Fact]
    public async Task OnlyTheBeheerderSearchesTheAuditLogAndEveryoneElsesAttemptIsRecorded()
    {
        var (town, client) = await StartAsync();
        var admin = new Colleague { Id = ColleagueId.ForPerson(Guid.NewGuid()), Kind = ColleagueKind.Person, Name = "Bea", Mail = "bea@gemeente.example", Roles = [AppRole.Administrator], Districts = [] };
        await town.Colleagues.SaveAsync(town.Code, admin, CancellationToken.None);
        await town.CreateAsync();
        var referral = (await town.Service.ListMineAsync(town.Code, town.Ann, CancellationToken.None)).ToHandle[0];
        using var annReads = await SendAsync(client, town.Ann, HttpMethod.Get, $"/api/tab/referrals/{referral.Id}");

        using var refused = await SendAsync(client, town.Ann, HttpMethod.Get, "/api/tab/audit");
        using var found = await SendAsync(client, admin, HttpMethod.Get, $"/api/tab/audit?date=2026-11-28&actor={town.Ann.Id.Value}");
        using var badDate = await SendAsync(client, admin, HttpMethod.Get, "/api/tab/audit?date=28-11-2026");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        var body = await found.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.True(body.GetProperty("integrity").GetProperty("intact").GetBoolean());
        Assert.Equal(
            [("GET /api/tab/audit", "Denied"), ("GET /api/tab/referrals/{id}", "Allowed")],
            body.GetProperty("records").EnumerateArray().Select(r => (r.GetProperty("action").GetString(), r.GetProperty("result").GetString())));
        var rows = await AuditRowsReader.RowsAsync(azurite, town.Code);
        var adminPseudonym = AuditRowsReader.Pseudonym(town.Code, admin.Id.Value);
        Assert.Contains(rows, r => r.GetString("Action") == "GET /api/tab/audit" && r.GetString("Actor") == adminPseudonym && r.GetString("Result") == "Allowed");
        Assert.Contains(rows, r => r.GetString("Action") == "GET /api/tab/audit" && r.GetString("Actor") == adminPseudonym && r.GetString("Result") == "Failed");
    }

    private async Task<(ReferralTown Town, HttpClient Client)> StartAsync()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Code;
        return (town, app.CreateClient());
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
