using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.DevTools.Playground;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Colleagues;
using Wijkverbinder.Storage.Meetings;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Meetings.Bot;

/// <summary>
/// The real app on a socket, Microsoft 365 Agents Playground (headless) as the Teams client: plan a meeting through
/// the two-step card, answer it on the agenda card, and after it was held (attendance seeded through the service)
/// give feedback on the card.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingPlaygroundEndToEndTests(AzuriteFixture azurite)
{
    /// <summary>Agents Playground's current user (Alex Wilber) as Teams sends it in aadObjectId.</summary>
    private const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";

    [Fact]
    public async Task PlanAMeetingAnswerItAndGiveFeedbackThroughThePlayground()
    {
        var town = await azurite.NewMunicipalityAsync();
        var directory = new TableColleagueDirectory(azurite.Tables, azurite.Clock);
        var alex = new Colleague
        {
            Id = new ColleagueId(PlaygroundUser), Kind = ColleagueKind.Person, Name = "Alex Wilber", Mail = "alexw@gemeente.example",
            Roles = [AppRole.DistrictManager], Districts = [town.District1],
        };
        await directory.SaveAsync(town.Code, alex, CancellationToken.None);
        var garden = (await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin De Kroon", town.District1))).Member;
        using var app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
        app.UseKestrel(0);
        app.StartServer();
        using var http = app.CreateClient();
        await using var playground = await LocalPlayground.StartAsync(new Uri(http.BaseAddress!, "/api/messages"));
        await using var teams = await playground.CreateClientAsync();
        await teams.InstallAsync();

        await teams.SendMessageAsync("meeting");
        var form = await teams.WaitForMessageAsync(m => m.FromId == teams.BotId && HasInput(m.AdaptiveCard, "title"));
        var step = await teams.ExecuteActionAsync(form.Id, "meetingPlan.invitees", new JsonObject { ["scope"] = town.District1, ["themes"] = "meedoen", ["title"] = "Neighbourhood breakfast" });
        var day = AzuriteFixture.Today.AddDays(1);
        var planned = await teams.ExecuteActionAsync(form.Id, "meetingPlan.create", new JsonObject
        {
            ["kind"] = "ThemeMeeting", ["title"] = "Neighbourhood breakfast", ["scope"] = town.District1, ["themes"] = "meedoen",
            ["date"] = day.ToString("yyyy-MM-dd"), ["start"] = "09:00", ["end"] = "10:30", ["location"] = "Community garden", ["online"] = "false",
            ["invite.0"] = InviteeRef.For(garden.Id).ToString(), ["colleagues"] = PlaygroundUser,
        });
        var meetingId = planned.Card!["actions"]![0]!["data"]!["meetingId"]!.GetValue<string>();
        var answered = await teams.ExecuteActionAsync(form.Id, "meeting.accept", new JsonObject { ["meetingId"] = meetingId });

        // The meeting is held tomorrow: attendance is recorded on a clock after it (the app's clock stays today).
        Assert.True(MeetingId.TryParse(meetingId, out var id));
        var store = new TableMeetingStore(azurite.Tables, new OutboxSignal());
        var later = new FakeTimeProvider(DutchTime.At(day, new TimeOnly(11, 0)));
        var service = new MeetingService(store, new TableMeetingFeedbackStore(azurite.Tables), directory, azurite.Store, later);
        Assert.True((await service.RecordAttendanceAsync(id, alex.Id, [InviteeRef.For(alex.Id), InviteeRef.For(garden.Id)], CancellationToken.None))!.IsValid);
        var thanked = await teams.ExecuteActionAsync(form.Id, "meeting.feedback", new JsonObject { ["meetingId"] = meetingId, ["usefulness"] = "5", ["remark"] = "Good to meet the garden" });

        // The Playground speaks en-US, so the bot answers in English.
        Assert.Contains("Moestuin De Kroon", BotConversation.TextOf(step.Card), StringComparison.Ordinal);
        Assert.Contains("Theme meeting: Neighbourhood breakfast", BotConversation.TextOf(planned.Card), StringComparison.Ordinal);
        Assert.Contains("Your answer: attending", BotConversation.TextOf(answered.Card), StringComparison.Ordinal);
        Assert.Contains("Thank you for your feedback", BotConversation.TextOf(thanked.Card), StringComparison.Ordinal);
        Assert.DoesNotContain("Good to meet the garden", BotConversation.TextOf(thanked.Card), StringComparison.Ordinal);
        var meeting = (await store.GetAsync(id, CancellationToken.None))!.Meeting;
        Assert.Equal(Rsvp.Accepted, meeting.FindInvitee(InviteeRef.For(alex.Id))!.Rsvp);
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal(1, (await service.FeedbackSummaryAsync(id, CancellationToken.None))!.Respondents);
    }

    private static bool HasInput(JsonObject? card, string id) =>
        card?["body"] is JsonArray body && body.OfType<JsonObject>().Any(e => (string?)e["id"] == id);
}
