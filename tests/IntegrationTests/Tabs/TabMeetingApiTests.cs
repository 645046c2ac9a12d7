using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Meetings;
using Wijkverbinder.TeamsApp.Tabs.DevSignIn;

namespace Wijkverbinder.IntegrationTests.Tabs;

/// <summary>
/// The tab API's meetings against the real meeting stores on Azurite: who sees a meeting (404 for anyone not
/// involved), who may act (403 for someone involved but not the organiser or the owner), bad input (400, nothing
/// written), and feedback only ever aggregated, through every meetings endpoint.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TabMeetingApiTests(AzuriteFixture azurite) : IDisposable
{
    private TeamsAppFactory? app;

    public void Dispose() => app?.Dispose();

    [Fact]
    public async Task TheOrganiserAndTheInviteesSeeTheMeetingAndAnUninvitedColleagueOfTheDistrictLearnsNothing()
    {
        var (town, client) = await StartAsync();
        var kees = await AddColleagueAsync(town, "Kees", AppRole.DistrictTeam);
        var meeting = await town.PlanAsync();

        var organiser = await GetAsync(client, town.Manager, "/api/tab/meetings");
        var ann = await GetAsync(client, town.Ann, "/api/tab/meetings");
        var annReads = await GetAsync(client, town.Ann, $"/api/tab/meetings/{meeting.Id}");
        using var keesReads = await SendAsync(client, kees, HttpMethod.Get, $"/api/tab/meetings/{meeting.Id}");
        using var outsiderReads = await SendAsync(client, town.Outsider, HttpMethod.Get, $"/api/tab/meetings/{meeting.Id}");
        using var unknown = await SendAsync(client, town.Ann, HttpMethod.Get, $"/api/tab/meetings/{town.Code}.M.{new string('f', 32)}");
        using var malformed = await SendAsync(client, town.Ann, HttpMethod.Get, "/api/tab/meetings/not-a-meeting");
        var keesList = await GetAsync(client, kees, "/api/tab/meetings");

        Assert.Equal((meeting.Id.ToString(), "Organiser"), Line(Assert.Single(organiser.GetProperty("meetings").EnumerateArray())));
        Assert.Equal((meeting.Id.ToString(), "Invitee"), Line(Assert.Single(ann.GetProperty("meetings").EnumerateArray())));
        Assert.False(annReads.GetProperty("mayOrganise").GetBoolean());
        Assert.Equal(["Ann", "Bob", "Moestuin", "Buurthuis"], annReads.GetProperty("invitees").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, keesReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsiderReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("id", out _));
        Assert.Empty(keesList.GetProperty("meetings").EnumerateArray());
    }

    [Fact]
    public async Task OnlyTheOrganiserCancelsAndBadInputOrAnotherUserChangesNothing()
    {
        var (town, client) = await StartAsync();
        var meeting = await town.PlanAsync();
        var url = $"/api/tab/meetings/{meeting.Id}/cancel";

        using var invitee = await SendAsync(client, town.Ann, HttpMethod.Post, url, new { reason = "Ik kan niet" });
        using var outsider = await SendAsync(client, town.Outsider, HttpMethod.Post, url, new { reason = "" });
        using var tooLong = await SendAsync(client, town.Manager, HttpMethod.Post, url, new { reason = new string('x', MeetingLimits.ReasonLength + 1) });
        var unchanged = await town.GetAsync(meeting.Id);
        using var cancelled = await SendAsync(client, town.Manager, HttpMethod.Post, url, new { reason = "Zaal niet beschikbaar" });
        using var again = await SendAsync(client, town.Manager, HttpMethod.Post, url, new { });

        Assert.Equal(HttpStatusCode.Forbidden, invitee.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal((MeetingStatus.Planned, 1), (unchanged.Meeting.Status, unchanged.History.Count));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var after = await town.GetAsync(meeting.Id);
        Assert.Equal((MeetingStatus.Cancelled, "Zaal niet beschikbaar", town.Manager.Id), (after.Meeting.Status, after.Meeting.CancelReason, after.History[^1].Actor));
    }

    [Fact]
    public async Task AnAgreedActionReachesItsOwnerWhoMarksItDoneAndNobodyElseCan()
    {
        var (town, client) = await StartAsync();
        var meeting = await town.PlanAsync();
        var url = $"/api/tab/meetings/{meeting.Id}/actions";

        using var badDate = await SendAsync(client, town.Manager, HttpMethod.Post, url, new { text = "Flyers", owner = town.Ann.Id.Value, dueOn = "morgen" });
        using var badOwner = await SendAsync(client, town.Manager, HttpMethod.Post, url, new { text = "Flyers", owner = "iemand", dueOn = "2026-12-15" });
        using var byInvitee = await SendAsync(client, town.Ann, HttpMethod.Post, url, new { text = "Flyers", owner = town.Ann.Id.Value, dueOn = "2026-12-15" });
        var noneYet = (await town.GetAsync(meeting.Id)).Meeting.Actions;
        using var agreed = await SendAsync(client, town.Manager, HttpMethod.Post, url, new { text = "Flyers maken", owner = town.Ann.Id.Value, dueOn = "2026-12-15" });
        var annsList = await GetAsync(client, town.Ann, "/api/tab/meetings");
        using var bobDone = await SendAsync(client, town.Bob, HttpMethod.Post, url + "/1/done");
        using var annDone = await SendAsync(client, town.Ann, HttpMethod.Post, url + "/1/done");
        var annsListAfter = await GetAsync(client, town.Ann, "/api/tab/meetings");

        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.True((await badDate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dueOn", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badOwner.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byInvitee.StatusCode);
        Assert.Empty(noneYet);
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var action = Assert.Single(annsList.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Flyers maken", "2026-12-15", meeting.Id.ToString()), (action.GetProperty("text").GetString(), action.GetProperty("dueOn").GetString(), action.GetProperty("meeting").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, bobDone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, annDone.StatusCode);
        Assert.True(Assert.Single((await town.GetAsync(meeting.Id)).Meeting.Actions).Done);
        Assert.Empty(annsListAfter.GetProperty("actions").EnumerateArray());
    }

    [Fact]
    public async Task AnInvitedSpecialistReadsAndAnswersAndAnotherSpecialistLearnsNothing()
    {
        var (town, client) = await StartAsync();
        var sam = await AddColleagueAsync(town, "Sam", AppRole.Specialist);
        var meeting = await town.PlanAsync(town.Draft() with { Invitees = [.. town.Draft().Invitees, InviteeRef.For(sam.Id)] });
        var url = $"/api/tab/meetings/{meeting.Id}";

        var samsList = await GetAsync(client, sam, "/api/tab/meetings");
        var samReads = await GetAsync(client, sam, url);
        using var unknownAnswer = await SendAsync(client, sam, HttpMethod.Post, url + "/answer", new { answer = "None" });
        using var strangerReads = await SendAsync(client, town.Outsider, HttpMethod.Get, url);
        using var strangerAnswers = await SendAsync(client, town.Outsider, HttpMethod.Post, url + "/answer", new { answer = "Accepted" });
        using var samCancels = await SendAsync(client, sam, HttpMethod.Post, url + "/cancel", new { reason = "Geen tijd" });
        var untouched = await town.GetAsync(meeting.Id);
        using var samAnswers = await SendAsync(client, sam, HttpMethod.Post, url + "/answer", new { answer = "Tentative" });
        var strangersList = await GetAsync(client, town.Outsider, "/api/tab/meetings");

        Assert.Equal((meeting.Id.ToString(), "Invitee"), Line(Assert.Single(samsList.GetProperty("meetings").EnumerateArray())));
        Assert.False(samReads.GetProperty("mayOrganise").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, unknownAnswer.StatusCode);
        Assert.True((await unknownAnswer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("answer", out _));
        Assert.Equal(HttpStatusCode.NotFound, strangerReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerAnswers.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, samCancels.StatusCode);
        Assert.Equal((MeetingStatus.Planned, 1), (untouched.Meeting.Status, untouched.History.Count));
        Assert.Equal(HttpStatusCode.OK, samAnswers.StatusCode);
        Assert.Equal(Rsvp.Tentative, (await town.GetAsync(meeting.Id)).Meeting.FindInvitee(InviteeRef.For(sam.Id))!.Rsvp);
        Assert.Empty(strangersList.GetProperty("meetings").EnumerateArray());
    }

    [Fact]
    public async Task NoEndpointReturnsAnIndividualAnswerAndScoresShowOnlyFromThreeAnswers()
    {
        var (town, client) = await StartAsync();
        var kees = await AddColleagueAsync(town, "Kees", AppRole.DistrictTeam);
        var meeting = await town.PlanAsync(town.Draft() with { Invitees = [.. town.Draft().Invitees, InviteeRef.For(kees.Id)] });
        town.Clock.SetUtcNow(meeting.Start.AddHours(3));
        await town.ActAsync(town.Service.RecordAttendanceAsync(meeting.Id, town.Manager.Id, [InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Bob.Id), InviteeRef.For(kees.Id)], CancellationToken.None));
        var ann = await town.GiveAsync(town.Service.GiveFeedbackAsync(meeting.Id, town.Ann.Id, 5, "Opmerking van Ann", [], CancellationToken.None));
        var bob = await town.GiveAsync(town.Service.GiveFeedbackAsync(meeting.Id, town.Bob.Id, 2, null, [], CancellationToken.None));

        var twoAnswers = await ReadAllAsync(client, town.Bob, meeting.Id);
        var keesAnswer = await town.GiveAsync(town.Service.GiveFeedbackAsync(meeting.Id, kees.Id, 3, null, [], CancellationToken.None));
        var threeAnswers = await ReadAllAsync(client, town.Bob, meeting.Id);

        var few = JsonDocument.Parse(twoAnswers[1]).RootElement.GetProperty("feedback");
        Assert.Equal(2, few.GetProperty("respondents").GetInt32());
        // The API leaves nulls out: no average at all below the minimum.
        Assert.False(few.GetProperty("usefulness").TryGetProperty("average", out var average) && average.ValueKind != JsonValueKind.Null);
        Assert.Empty(few.GetProperty("usefulness").GetProperty("remarks").EnumerateArray());
        var enough = JsonDocument.Parse(threeAnswers[1]).RootElement.GetProperty("feedback").GetProperty("usefulness");
        Assert.Equal(3.3m, enough.GetProperty("average").GetDecimal());
        Assert.Equal(["Opmerking van Ann"], enough.GetProperty("remarks").EnumerateArray().Select(r => r.GetString()));
        foreach (var body in twoAnswers.Concat(threeAnswers))
        {
            Assert.DoesNotContain("respondent\"", body, StringComparison.OrdinalIgnoreCase);
            Assert.All(new[] { ann, bob, keesAnswer }, answer => Assert.DoesNotContain(answer.RespondentKey, body, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("Opmerking van Ann", twoAnswers[1], StringComparison.Ordinal);
        Assert.DoesNotContain("feedback", twoAnswers[0], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every meetings endpoint that reads: the list, then the meeting.</summary>
    private async Task<string[]> ReadAllAsync(HttpClient client, Colleague who, MeetingId id)
    {
        var bodies = new List<string>();
        foreach (var url in new[] { "/api/tab/meetings", $"/api/tab/meetings/{id}" })
        {
            using var response = await SendAsync(client, who, HttpMethod.Get, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        return [.. bodies];
    }

    private static (string?, string?) Line(JsonElement meeting) => (meeting.GetProperty("id").GetString(), meeting.GetProperty("role").GetString());

    private static async Task<Colleague> AddColleagueAsync(MeetingTown town, string name, AppRole role)
    {
        var colleague = MeetingTown.Person(name, role, [town.Town.District1]);
        await town.Colleagues.SaveAsync(town.Code, colleague, CancellationToken.None);
        return colleague;
    }

    private async Task<(MeetingTown Town, HttpClient Client)> StartAsync()
    {
        var town = await MeetingTown.CreateAsync(azurite);
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
