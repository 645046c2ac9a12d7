using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Bookings;
using Wijkverbinder.Storage.Successes;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>
/// Access and erasure requests through the Beheerder's tab API on a seeded town (<see cref="SubjectTown"/>): the export
/// holds every kind of record, the erasure leaves the person in no table while the municipal records and everyone else
/// stay and the audit chain verifies; bad input and other roles change nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SubjectRightsTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheExportHoldsEveryKindOfRecordOfThePersonFoundByMailOrId()
    {
        var (town, client) = await StartAsync();
        using var asIlse = await SendAsync(client, town.Ilse, HttpMethod.Get, "/api/tab/referrals");

        using var byMail = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/export", new { email = town.Ilse.Mail });
        using var byId = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/export", new { id = town.IlseInNetwork.Id.ToString() });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (byMail.StatusCode, byId.StatusCode));
        var export = await byMail.Content.ReadFromJsonAsync<JsonElement>();
        var records = export.GetProperty("records");
        string[] kinds =
        [
            "colleagues", "network.member", "network.tie", "referrals.referral", "referrals.event", "referrals.index",
            "meetings.meeting", "meetings.event", "meetings.index", "conversations", "bookings.booking", "successes", "audit",
        ];
        Assert.All(kinds, kind => Assert.True(records.TryGetProperty(kind, out var list) && list.GetArrayLength() > 0, kind));
        var ids = export.GetProperty("subject").GetProperty("ids").EnumerateArray().Select(i => i.GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { town.Ilse.Id.Value, town.IlseInNetwork.Id.ToString() }, ids);
        Assert.Equal(ids, (await byId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subject").GetProperty("ids").EnumerateArray().Select(i => i.GetString()).ToHashSet());
        Assert.Contains(export.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("SHA-256", StringComparison.Ordinal));
        var member = Assert.Single(records.GetProperty("network.member").EnumerateArray());
        Assert.Equal(("Deleted", "2026-10-01"), (member.GetProperty("onErasure").GetString(), member.GetProperty("fields").GetProperty("ConsentRecordedOn").GetString()));
        Assert.Contains(records.GetProperty("referrals.referral").EnumerateArray(), r => r.GetProperty("onErasure").GetString() == "Anonymised");
        Assert.DoesNotContain(records.GetProperty("referrals.referral").EnumerateArray(), r => r.GetProperty("key").GetString()!.EndsWith(town.BobsReferral.Id.Local, StringComparison.Ordinal));
        Assert.All(
            new[] { records.GetProperty("bookings.booking")[0], records.GetProperty("successes")[0] },
            r => Assert.Equal("Anonymised", r.GetProperty("onErasure").GetString()));
        Assert.Contains(records.GetProperty("audit").EnumerateArray(), r => r.GetProperty("fields").GetProperty("Action").GetString() == "GET /api/tab/referrals");
    }

    [Fact]
    public async Task AfterErasureNoTableHoldsThePersonTheRestStaysAndTheAuditChainVerifies()
    {
        var (town, client) = await StartAsync();
        using var asIlse = await SendAsync(client, town.Ilse, HttpMethod.Get, "/api/tab/referrals");
        string[] traces = [town.IlseName, town.Ilse.Mail, town.Ilse.Id.Value, town.IlseInNetwork.Id.ToString(), town.IlseInNetwork.Id.Local];
        Assert.NotEmpty(await TableScan.FindAsync(azurite.Tables.Service, traces));

        using var erased = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/erase", new { email = town.Ilse.Mail, confirm = town.Ilse.Mail.ToUpperInvariant() });
        using var again = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/erase", new { email = town.Ilse.Mail, confirm = town.Ilse.Mail });

        Assert.True(erased.StatusCode == HttpStatusCode.OK, await erased.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var placeholder = (await erased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("placeholder").GetString()!;
        Assert.Matches("^verwijderd-[0-9]{8}$", placeholder);
        Assert.Empty(await TableScan.FindAsync(azurite.Tables.Service, traces));

        // The referral decision stays as a municipal record, with the placeholder for Ilse; Bob, Karel and the meeting stay.
        var kept = await town.Town.GetAsync(town.IlsesReferral.Id);
        Assert.Equal((ReferralStatus.Accepted, placeholder, placeholder), (kept.Referral.Status, kept.Referral.Receiver.Value, kept.History[^1].Actor?.Value));
        Assert.Equal(town.Town.Bob.Id, (await town.Town.GetAsync(town.BobsReferral.Id)).Referral.Receiver);
        Assert.NotNull(await town.Town.Colleagues.GetAsync(town.Town.Code, town.Town.Bob.Id, CancellationToken.None));
        Assert.Null(await azurite.Store.GetMemberAsync(town.IlseInNetwork.Id, CancellationToken.None));
        var karel = await azurite.Store.GetMemberAsync(town.Karel.Id, CancellationToken.None);
        Assert.Equal(("Karel Bakker", 0), (karel!.Member.Name, karel.Ties.Count));
        var meeting = (await app!.Services.GetRequiredService<Domain.Meetings.IMeetingStore>().GetAsync(town.Meeting.Id, CancellationToken.None))!.Meeting;
        Assert.Equal(
            [$"colleague:{town.Town.Bob.Id}", $"member:{town.Karel.Id}"],
            meeting.Invitees.Select(i => i.Ref.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(placeholder, Assert.Single(meeting.Actions).Owner.Value);

        // Her booking still holds its days and her success is still told, each with the placeholder for her.
        var booking = await new TableBookingStore(azurite.Tables, town.Town.Signal).GetAsync(town.IlsesBooking.Id, CancellationToken.None);
        Assert.Equal((BookingStatus.Approved, placeholder, "Oogstfeest"), (booking!.Status, booking.RequestedBy.Value, booking.Purpose));
        var success = Assert.Single(await new TableSuccessStore(azurite.Tables).ListAsync(town.IlsesSuccess.Area, 10, CancellationToken.None));
        Assert.Equal((placeholder, $"Dankzij {placeholder} oogsten twintig buren samen."), (success.MarkedBy.Value, success.Story));

        var log = app.Services.GetRequiredService<IAuditLog>();
        var day = await log.ReadDayAsync(town.Town.Code, AzuriteFixture.Today, CancellationToken.None);
        Assert.Empty(AuditVerifier.Verify(town.Town.Code, AzuriteFixture.Today, day, app.Services.GetRequiredService<AuditKeyRing>()).Problems);
        Assert.Contains(day, r => r.Action == "POST /api/tab/admin/subjects/erase" && r.ObjectType == "subject" && r.ObjectId == placeholder && r.Result == AuditResult.Allowed);
    }

    [Fact]
    public async Task BadInputAndOtherRolesChangeNothing()
    {
        var (town, client) = await StartAsync();
        var mail = town.Ilse.Mail;

        using var both = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/erase", new { id = town.Ilse.Id.Value, email = mail, confirm = mail });
        using var unconfirmed = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/erase", new { email = mail, confirm = "ja" });
        using var badMail = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/export", new { email = "geen-adres" });
        using var teamId = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/export", new { id = "team-sociaal-wijkteam" });
        using var nobody = await SendAsync(client, town.Admin, HttpMethod.Post, "/api/tab/admin/subjects/erase", new { email = "niemand@gemeente.example", confirm = "niemand@gemeente.example" });
        using var notAdmin = await SendAsync(client, town.Town.Manager, HttpMethod.Post, "/api/tab/admin/subjects/erase", new { email = mail, confirm = mail });
        using var notAdminExport = await SendAsync(client, town.Town.Bob, HttpMethod.Post, "/api/tab/admin/subjects/export", new { email = mail });

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { both, unconfirmed, badMail, teamId, nobody, notAdmin, notAdminExport }.Select(r => r.StatusCode));
        Assert.True((await unconfirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("confirm", out _));
        Assert.NotNull(await town.Town.Colleagues.GetAsync(town.Town.Code, town.Ilse.Id, CancellationToken.None));
        Assert.NotNull(await azurite.Store.GetMemberAsync(town.IlseInNetwork.Id, CancellationToken.None));
        Assert.Equal(town.Ilse.Id, (await town.Town.GetAsync(town.IlsesReferral.Id)).Referral.Receiver);
        var day = await app!.Services.GetRequiredService<IAuditLog>().ReadDayAsync(town.Town.Code, AzuriteFixture.Today, CancellationToken.None);
        Assert.Equal(2, day.Count(r => r.Action.Contains("/api/tab/admin/subjects/", StringComparison.Ordinal) && r.Result == AuditResult.Denied));
    }

    private async Task<(SubjectTown Town, HttpClient Client)> StartAsync()
    {
        var town = await SubjectTown.CreateAsync(azurite);
        app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Town.Code;
        return (town, app.CreateClient());
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, Colleague who, HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app!.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(who));
        return client.SendAsync(request);
    }
}
