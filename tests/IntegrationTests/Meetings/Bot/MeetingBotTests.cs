using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.IntegrationTests.Bot;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Meetings.Bot;

/// <summary>
/// Meetings in Teams against Azurite: the command and the two-step plan form, its refusals (on the card, input kept,
/// nothing stored), answering on the agenda card, the organiser's attendance and actions, and anonymous feedback.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingBotTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private MeetingTown town = null!;
    private StubConnector connector = null!;
    private TeamsAppFactory app = null!;

    private static string Tomorrow => AzuriteFixture.Today.AddDays(1).ToString("yyyy-MM-dd");

    public async Task InitializeAsync()
    {
        town = await MeetingTown.CreateAsync(azurite);
        connector = await StubConnector.StartAsync();
        app = new TeamsAppFactory(azurite) { Settings = { ["Wijkverbinder:MunicipalityCode"] = town.Code } };
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task TheCommandOpensThePlanFormAndTheNextStepSuggestsInviteesFromTheNetwork()
    {
        var chat = As(town.Manager);

        var start = await chat.SayAsync("bijeenkomst");
        var english = await new BotConversation(app.CreateClient(), connector, "en-US", town.Manager.Id.Value).SayAsync("meeting");
        var step = await chat.PressAsync("meetingPlan.invitees", new JsonObject { ["scope"] = town.Town.District1, ["themes"] = "meedoen", ["title"] = "Samen" });

        Assert.Contains("Bijeenkomst plannen", BotConversation.TextOf(start), StringComparison.Ordinal);
        Assert.Null(Input(start, "invite.0"));
        Assert.Contains("Plan a meeting", BotConversation.TextOf(english), StringComparison.Ordinal);
        var garden = Input(step, "invite.0")!;
        Assert.Equal("Input.Toggle", garden["type"]!.GetValue<string>());
        Assert.Equal(InviteeRef.For(town.Garden.Id).ToString(), garden["value"]!.GetValue<string>());
        Assert.Contains("Moestuin · lang niet gezien", garden["label"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Initiatieven (1)", BotConversation.TextOf(step), StringComparison.Ordinal);
        // The partner works on another theme: not suggested. The title typed in step one is kept.
        Assert.DoesNotContain("Buurthuis", BotConversation.TextOf(step), StringComparison.Ordinal);
        Assert.Equal("Samen", Input(step, "title")!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlanningStoresTheMeetingWithTheChosenInviteesAndAnswersWithTheAgendaCard()
    {
        var card = await As(town.Manager).PressAsync("meetingPlan.create", Form());

        Assert.Contains("Themabijeenkomst: Samen tegen eenzaamheid", BotConversation.TextOf(card), StringComparison.Ordinal);
        var meeting = Assert.Single(await Stored());
        Assert.Equal(
            new[] { InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Garden.Id) }.Select(r => r.ToString()).Order(),
            meeting.Invitees.Select(i => i.Ref.ToString()).Order());
        Assert.Equal((town.Manager.Id, MeetingStatus.Planned), (meeting.Organiser, meeting.Status));
        Assert.Equal(DutchTime.At(AzuriteFixture.Today.AddDays(1), new TimeOnly(19, 0)), meeting.Start);
    }

    public static TheoryData<string, string, string, string> Refusals() => new()
    {
        { "past", "date", AzuriteFixture.Today.AddDays(-1).ToString("yyyy-MM-dd"), "in het verleden" },
        { "end before start", "end", "18:00", "Het einde moet na het begin liggen" },
        { "no invitees", "invite.0", "-", "Nodig minstens één persoon of partij uit" },
        { "unknown district", "scope", "WK999999", "is geen wijk of gebied" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusedPlanShowsTheReasonOnTheCardKeepsTheInputAndStoresNothing(string _, string field, string value, string reason)
    {
        var form = Form();
        form[field] = value;
        if (field == "invite.0")
        {
            form.Remove("colleagues");
        }

        var card = await As(town.Manager).PressAsync("meetingPlan.create", form);

        Assert.Contains(reason, BotConversation.TextOf(card), StringComparison.Ordinal);
        Assert.Equal("Samen tegen eenzaamheid", Input(card, "title")!["value"]!.GetValue<string>());
        Assert.Equal("Bij de Moestuin", Input(card, "location")!["value"]!.GetValue<string>());
        Assert.Empty(await Stored());
    }

    [Fact]
    public async Task AnInviteeAnswersOnTheAgendaCardAndSomeoneNotInvitedIsRefused()
    {
        var meeting = await town.PlanAsync();
        var data = new JsonObject { ["meetingId"] = meeting.Id.ToString() };

        var refreshed = await As(town.Ann).PressAsync("meeting.refresh", data.DeepClone().AsObject());
        var accepted = await As(town.Ann).PressAsync("meeting.accept", data.DeepClone().AsObject());
        var stranger = await As(town.Outsider).PressAsync("meeting.accept", data.DeepClone().AsObject());

        Assert.Contains("Uw antwoord: nog geen antwoord", BotConversation.TextOf(refreshed), StringComparison.Ordinal);
        Assert.Contains("Ik kom", Titles(refreshed));
        Assert.Contains("Uw antwoord: komt", BotConversation.TextOf(accepted), StringComparison.Ordinal);
        Assert.Contains("Deze bijeenkomst bestaat niet", BotConversation.TextOf(stranger), StringComparison.Ordinal);
        var stored = (await town.GetAsync(meeting.Id)).Meeting;
        Assert.Equal(Rsvp.Accepted, stored.FindInvitee(InviteeRef.For(town.Ann.Id))!.Rsvp);
        Assert.Equal(2, stored.LastSequence);
    }

    [Fact]
    public async Task AfterTheStartTheOrganiserRecordsAttendanceAndAgreesAnActionWhichItsOwnerMarksDone()
    {
        var meeting = await StartedMeetingAsync([InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Bob.Id), InviteeRef.For(town.Garden.Id)]);
        var id = meeting.Id.ToString();

        var refused = await As(town.Ann).PressAsync("meeting.attendance", new JsonObject { ["meetingId"] = id, ["attended.0"] = InviteeRef.For(town.Ann.Id).ToString() });
        var asOrganiser = await As(town.Manager).PressAsync("meeting.refresh", new JsonObject { ["meetingId"] = id });
        var held = await As(town.Manager).PressAsync("meeting.attendance", new JsonObject
        {
            ["meetingId"] = id, ["attended.0"] = InviteeRef.For(town.Ann.Id).ToString(), ["attended.1"] = InviteeRef.For(town.Garden.Id).ToString(), ["attended.2"] = "-",
        });
        var agreed = await As(town.Manager).PressAsync("meeting.agreeAction", new JsonObject
        {
            ["meetingId"] = id, ["actionText"] = "Flyer maken", ["actionOwner"] = town.Ann.Id.Value, ["actionDueOn"] = AzuriteFixture.Today.AddDays(14).ToString("yyyy-MM-dd"),
        });
        var done = await As(town.Ann).PressAsync("meeting.completeAction", new JsonObject { ["meetingId"] = id, ["actionNumber"] = "1" });

        Assert.Contains("Alleen de organisator", BotConversation.TextOf(refused), StringComparison.Ordinal);
        Assert.Equal(["Aanwezigheid vastleggen", "Actie afspreken"], Titles(asOrganiser));
        Assert.Contains("Gehouden, met 2 aanwezigen.", BotConversation.TextOf(held), StringComparison.Ordinal);
        Assert.Contains("1. Flyer maken · Ann · uiterlijk", BotConversation.TextOf(agreed), StringComparison.Ordinal);
        Assert.Contains("1. Flyer maken · Ann · klaar", BotConversation.TextOf(done), StringComparison.Ordinal);
        var stored = (await town.GetAsync(meeting.Id)).Meeting;
        Assert.Equal(MeetingStatus.Held, stored.Status);
        Assert.Equal(new[] { InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Garden.Id) }.Select(r => r.ToString()).Order(), stored.Attendees.Select(a => a.Ref.ToString()).Order());
        Assert.True(Assert.Single(stored.Actions).Done);
    }

    [Fact]
    public async Task FeedbackIsThankedWithTheAggregateOnlyAndNoOneReadsAnotherRemarkBeforeThreeAnswered()
    {
        var meeting = await HeldMeetingAsync();
        JsonObject Answer(int score, string remark) => new() { ["meetingId"] = meeting.Id.ToString(), ["usefulness"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture), ["remark"] = remark };

        var stranger = await As(town.Outsider).PressAsync("meeting.feedback", Answer(5, "Ik was er niet"));
        var ann = await As(town.Ann).PressAsync("meeting.feedback", Answer(4, "Opmerking van Ann"));
        var bob = await As(town.Bob).PressAsync("meeting.feedback", Answer(2, "Opmerking van Bob"));
        var manager = await As(town.Manager).PressAsync("meeting.feedback", Answer(3, "Opmerking van Mila"));

        Assert.Contains("Deze bijeenkomst bestaat niet", BotConversation.TextOf(stranger), StringComparison.Ordinal);
        Assert.Contains("Dank voor uw feedback", BotConversation.TextOf(ann), StringComparison.Ordinal);
        Assert.DoesNotContain("Opmerking van Ann", BotConversation.TextOf(ann), StringComparison.Ordinal);
        Assert.Contains("nog niet zichtbaar", BotConversation.TextOf(bob), StringComparison.Ordinal);
        Assert.DoesNotContain("Opmerking van Ann", BotConversation.TextOf(bob), StringComparison.Ordinal);
        Assert.DoesNotContain("Opmerking van Bob", BotConversation.TextOf(bob), StringComparison.Ordinal);
        Assert.Contains("Opmerking van Ann", BotConversation.TextOf(manager), StringComparison.Ordinal);
        Assert.Contains("3,0", BotConversation.TextOf(manager), StringComparison.Ordinal);
        Assert.Equal(3, (await town.Feedback.ListAsync(meeting.Id, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ARefusedFeedbackComesBackWithTheReasonAndTheInputKept()
    {
        var meeting = await HeldMeetingAsync();
        var id = meeting.Id.ToString();

        var noScore = await As(town.Ann).PressAsync("meeting.feedback", new JsonObject { ["meetingId"] = id, ["remark"] = "Fijne avond, te kort" });
        var badScore = await As(town.Ann).PressAsync("meeting.feedback", new JsonObject { ["meetingId"] = id, ["usefulness"] = "9", ["remark"] = "Nog eens" });
        var tooLong = await As(town.Ann).PressAsync("meeting.feedback", new JsonObject { ["meetingId"] = id, ["usefulness"] = "4", ["remark"] = new string('x', MeetingLimits.RemarkLength + 1) });

        Assert.Contains("Hoe was het?", BotConversation.TextOf(noScore), StringComparison.Ordinal);
        Assert.DoesNotContain("Dank voor uw feedback", BotConversation.TextOf(tooLong), StringComparison.Ordinal);
        Assert.Equal("Fijne avond, te kort", Input(noScore, "remark")!["value"]!.GetValue<string>());
        Assert.Null(Input(noScore, "usefulness")!["value"]);
        Assert.Equal("Nog eens", Input(badScore, "remark")!["value"]!.GetValue<string>());
        Assert.Null(Input(badScore, "usefulness")!["value"]);
        Assert.Equal("4", Input(tooLong, "usefulness")!["value"]!.GetValue<string>());
        Assert.Equal(MeetingLimits.RemarkLength, Input(tooLong, "remark")!["value"]!.GetValue<string>().Length);
        Assert.Empty(await town.Feedback.ListAsync(meeting.Id, CancellationToken.None));
    }

    /// <summary>A meeting that started three hours ago (planned on a clock of two days back).</summary>
    private async Task<Meeting> StartedMeetingAsync(IReadOnlyList<InviteeRef> invitees, FakeTimeProvider? clock = null)
    {
        var past = new MeetingService(town.Store, town.Feedback, town.Colleagues, azurite.Store, clock ?? new FakeTimeProvider(AzuriteFixture.Now.AddDays(-2)));
        var start = AzuriteFixture.Now.AddHours(-3);
        var result = await past.PlanAsync(town.Town.Municipality, town.Draft() with { Start = start, End = start.AddHours(2), Invitees = invitees }, town.Manager.Id, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => e.Code)));
        return result.Value!;
    }

    /// <summary>A theme meeting held this morning with Ann, Bob and the organiser (Mila) attending.</summary>
    private async Task<Meeting> HeldMeetingAsync()
    {
        var clock = new FakeTimeProvider(AzuriteFixture.Now.AddDays(-2));
        InviteeRef[] attendees = [InviteeRef.For(town.Ann.Id), InviteeRef.For(town.Bob.Id), InviteeRef.For(town.Manager.Id)];
        var meeting = await StartedMeetingAsync([.. attendees, InviteeRef.For(town.Garden.Id)], clock);
        clock.SetUtcNow(AzuriteFixture.Now.AddHours(-1));
        var past = new MeetingService(town.Store, town.Feedback, town.Colleagues, azurite.Store, clock);
        return await town.ActAsync(past.RecordAttendanceAsync(meeting.Id, town.Manager.Id, attendees, CancellationToken.None));
    }

    private JsonObject Form() => new()
    {
        ["kind"] = "ThemeMeeting",
        ["title"] = "Samen tegen eenzaamheid",
        ["scope"] = town.Town.District1,
        ["themes"] = "meedoen",
        ["date"] = Tomorrow,
        ["start"] = "19:00",
        ["end"] = "21:00",
        ["location"] = "Bij de Moestuin",
        ["online"] = "false",
        ["agenda"] = "1. Welkom",
        ["invite.0"] = InviteeRef.For(town.Garden.Id).ToString(),
        ["colleagues"] = town.Ann.Id.Value,
    };

    private async Task<IReadOnlyList<Meeting>> Stored() =>
        await town.Store.ListForColleagueAsync(town.Code, town.Manager.Id, AzuriteFixture.Now.AddDays(-7), CancellationToken.None);

    private BotConversation As(Colleague colleague) => new(app.CreateClient(), connector, userObjectId: colleague.Id.Value);

    private static List<string> Titles(JsonObject card) =>
        card["actions"]?.AsArray().Where(a => a!["type"]!.GetValue<string>() != "Action.OpenUrl").Select(a => a!["title"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>An input anywhere in the card's body (also inside column sets), by id.</summary>
    private static JsonObject? Input(JsonNode? node, string id) => node switch
    {
        JsonObject o when o["id"]?.GetValue<string>() == id && o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true => o,
        JsonObject o => o.Where(p => p.Key is "body" or "columns" or "items").Select(p => Input(p.Value, id)).FirstOrDefault(f => f is not null),
        JsonArray a => a.Select(e => Input(e, id)).FirstOrDefault(f => f is not null),
        _ => null,
    };
}
