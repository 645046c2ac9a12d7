using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Meetings;

namespace Wijkverbinder.IntegrationTests.Meetings;

[Collection(AzuriteCollection.Name)]
public sealed class MeetingStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task APlannedMeetingReadsBackFieldByField()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        t.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(12));
        await t.ActAsync(t.Service.AnswerAsync(planned.Id, t.Ann.Id, Rsvp.Accepted, None));
        await t.ActAsync(t.Service.RecordAttendanceAsync(planned.Id, t.Manager.Id, [InviteeRef.For(t.Ann.Id), InviteeRef.For(t.Garden.Id)], None));
        var saved = await t.ActAsync(t.Service.AgreeActionAsync(planned.Id, t.Manager.Id, "Flyer maken", t.Bob.Id, new DateOnly(2026, 12, 15), None));

        var record = await t.GetAsync(planned.Id);
        var read = record.Meeting;

        Assert.Equal(planned.Id, read.Id);
        Assert.Equal(MeetingKind.ThemeMeeting, read.Kind);
        Assert.Equal("Themabijeenkomst meedoen", read.Title);
        Assert.Equal(t.Town.District1, read.Scope);
        Assert.Equal([t.Town.District1], read.Districts);
        Assert.Equal(["meedoen"], read.Themes);
        Assert.Equal(t.Tomorrow, read.Start);
        Assert.Equal(t.Tomorrow.AddHours(2), read.End);
        Assert.Equal("Buurthuis De Kroon", read.Location);
        Assert.True(read.Online);
        Assert.Equal("1. Opening\n2. Wat loopt er <goed>?", read.Agenda);
        Assert.Equal(t.Manager.Id, read.Organiser);
        Assert.Equal(
            [
                new Invitee(InviteeRef.For(t.Ann.Id), Rsvp.Accepted, Attended: true),
                new Invitee(InviteeRef.For(t.Bob.Id)),
                new Invitee(InviteeRef.For(t.Garden.Id), Attended: true),
                new Invitee(InviteeRef.For(t.Centre.Id)),
            ],
            read.Invitees);
        Assert.Equal(MeetingStatus.Held, read.Status);
        Assert.Null(read.CancelReason);
        Assert.Equal([new AgreedAction(1, "Flyer maken", t.Bob.Id, new DateOnly(2026, 12, 15))], read.Actions);
        Assert.Equal(planned.CreatedAt, read.CreatedAt);
        Assert.Equal(t.Clock.GetUtcNow(), read.UpdatedAt);
        Assert.Equal(4, read.LastSequence);
        Assert.Equal(saved.Version, read.Version);
        Assert.Equal(
            [MeetingEventKind.Planned, MeetingEventKind.Answered, MeetingEventKind.AttendanceRecorded, MeetingEventKind.ActionAgreed],
            record.History.Select(e => e.Kind));
        Assert.Equal([1, 2, 3, 4], record.History.Select(e => e.Sequence));
        Assert.Equal([t.Manager.Id, t.Ann.Id, t.Manager.Id, t.Manager.Id], record.History.Select(e => e.Actor));
        Assert.Equal(planned.CreatedAt, record.History[0].At);
    }

    [Fact]
    public async Task ACancelledMeetingKeepsItsReason()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();

        await t.ActAsync(t.Service.CancelAsync(planned.Id, t.Manager.Id, "Zaal niet beschikbaar", None));

        var read = (await t.GetAsync(planned.Id)).Meeting;
        Assert.Equal(MeetingStatus.Cancelled, read.Status);
        Assert.Equal("Zaal niet beschikbaar", read.CancelReason);
    }

    [Fact]
    public async Task AnUnknownMeetingIsNull()
    {
        var t = await MeetingTown.CreateAsync(azurite);

        Assert.Null(await t.Store.GetAsync(MeetingId.New(t.Code, t.Clock), None));
    }

    [Fact]
    public async Task OfTwoChangesFromTheSameVersionExactlyOneWins()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        var manager = t.Manager;

        var first = MeetingLifecycle.Cancel(planned, manager, "Eerste", t.Clock.GetUtcNow()).Value!;
        var second = MeetingLifecycle.Cancel(planned, manager, "Tweede", t.Clock.GetUtcNow()).Value!;
        await t.Store.SaveAsync(first, None);

        await Assert.ThrowsAsync<VersionConflictException>(() => t.Store.SaveAsync(second, None));
        var read = await t.GetAsync(planned.Id);
        Assert.Equal("Eerste", read.Meeting.CancelReason);
        Assert.Equal(2, read.History.Count);
    }

    [Fact]
    public async Task TheServiceTurnsAStaleWriteIntoChangedMeanwhile()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        await t.Store.SaveAsync(MeetingLifecycle.Answer(planned, t.Bob, Rsvp.Declined, t.Clock.GetUtcNow()).Value!, None);

        // A change prepared from the version before Bob's answer.
        var stale = MeetingLifecycle.Answer(planned, t.Ann, Rsvp.Accepted, t.Clock.GetUtcNow()).Value!;
        await Assert.ThrowsAsync<VersionConflictException>(() => t.Store.SaveAsync(stale, None));

        Assert.Equal(Rsvp.None, (await t.GetAsync(planned.Id)).Meeting.FindInvitee(InviteeRef.For(t.Ann.Id))!.Rsvp);
    }

    [Fact]
    public async Task PlanningTwiceWithTheSameIdIsAConflict()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        var again = MeetingLifecycle.Plan(planned with { Version = null, Title = "Dubbel" });

        await Assert.ThrowsAsync<VersionConflictException>(() => t.Store.SaveAsync(again, None));
        Assert.Equal("Themabijeenkomst meedoen", (await t.GetAsync(planned.Id)).Meeting.Title);
    }

    [Fact]
    public async Task TheTasksOfAChangeAreWrittenWithIt()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();

        var outbox = await t.RowsAsync(MeetingKeys.OutboxKind);
        Assert.Equal(
            [$"O|{planned.Id.Local}|00001|Announce|-", $"O|{planned.Id.Local}|00001|SyncCalendar|-"],
            outbox.Select(r => r.RowKey).Order(StringComparer.Ordinal));
        Assert.All(outbox, r => Assert.Equal(planned.CreatedAt, r.GetDateTimeOffset("At")));
    }

    [Fact]
    public async Task ARefusedChangeWritesNoTasks()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        await t.Store.SaveAsync(MeetingLifecycle.Answer(planned, t.Bob, Rsvp.Declined, t.Clock.GetUtcNow()).Value!, None);
        var stale = MeetingLifecycle.Cancel(planned, t.Manager, null, t.Clock.GetUtcNow()).Value!;

        await Assert.ThrowsAsync<VersionConflictException>(() => t.Store.SaveAsync(stale, None));

        // Plan: calendar and agenda card; Bob's answer: the agenda card. Nothing of the refused cancel.
        Assert.Equal(3, (await t.RowsAsync(MeetingKeys.OutboxKind)).Count);
        Assert.Equal(2, (await t.RowsAsync(MeetingKeys.EventKind)).Count);
    }

    [Fact]
    public async Task AttendanceWritesOneFeedbackTaskPerColleagueWhoCame()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        t.Clock.Advance(TimeSpan.FromDays(2));

        await t.ActAsync(t.Service.RecordAttendanceAsync(planned.Id, t.Manager.Id, [InviteeRef.For(t.Ann.Id), InviteeRef.For(t.Bob.Id), InviteeRef.For(t.Garden.Id)], None));

        var tasks = (await t.RowsAsync(MeetingKeys.OutboxKind)).Where(r => r.GetInt32("Sequence") == 2).ToList();
        Assert.Equal(
            new[] { "Announce|-", $"AskFeedback|{t.Ann.Id.Value}", $"AskFeedback|{t.Bob.Id.Value}", "RecordContacts|-" }.Order(StringComparer.Ordinal),
            tasks.Select(r => $"{r.GetString("Task")}|{r.GetString("Recipient") ?? "-"}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MeetingsSinceAMomentComeInStartOrderAndAMovedMeetingOnlyAtItsNewStart()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var later = await t.PlanAsync(t.Draft("Later") with { Start = t.Tomorrow.AddDays(7), End = t.Tomorrow.AddDays(7).AddHours(1) });
        var sooner = await t.PlanAsync(t.Draft("Eerder"));
        var moved = await t.PlanAsync(t.Draft("Verzet"));
        await t.ActAsync(t.Service.ChangeAsync(t.Town.Municipality, moved.Id, t.Draft("Verzet") with { Start = t.Tomorrow.AddDays(3), End = t.Tomorrow.AddDays(3).AddHours(1) }, t.Manager.Id, None));

        var all = await t.Store.ListSinceAsync(t.Code, t.Clock.GetUtcNow(), None);
        var fromDayTwo = await t.Store.ListSinceAsync(t.Code, t.Tomorrow.AddDays(1), None);

        Assert.Equal(["Eerder", "Verzet", "Later"], all.Select(m => m.Title));
        Assert.Equal([sooner.Id, moved.Id, later.Id], all.Select(m => m.Id));
        Assert.Equal(["Verzet", "Later"], fromDayTwo.Select(m => m.Title));
        Assert.Equal(3, (await t.RowsAsync(MeetingKeys.StartKind)).Count);
        Assert.Empty(await t.Store.ListSinceAsync(t.Code, t.Tomorrow.AddDays(8), None));
    }

    [Fact]
    public async Task AColleagueListsWhatTheyOrganiseOrAreInvitedTo()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var withBoth = await t.PlanAsync(t.Draft("Met beiden"));
        var annOnly = await t.PlanAsync(t.Draft("Alleen Ann") with { Invitees = [InviteeRef.For(t.Ann.Id)], Start = t.Tomorrow.AddHours(1), End = t.Tomorrow.AddHours(2) });
        var since = t.Clock.GetUtcNow();

        Assert.Equal([withBoth.Id, annOnly.Id], (await t.Store.ListForColleagueAsync(t.Code, t.Ann.Id, since, None)).Select(m => m.Id));
        Assert.Equal([withBoth.Id], (await t.Store.ListForColleagueAsync(t.Code, t.Bob.Id, since, None)).Select(m => m.Id));
        Assert.Equal(2, (await t.Store.ListForColleagueAsync(t.Code, t.Manager.Id, since, None)).Count);
        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, t.Outsider.Id, since, None));
        Assert.Equal([annOnly.Id], (await t.Store.ListForColleagueAsync(t.Code, t.Ann.Id, t.Tomorrow.AddMinutes(1), None)).Select(m => m.Id));
        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, t.Ann.Id, t.Tomorrow.AddHours(2), None));
    }

    [Fact]
    public async Task AnInviteeTakenOffTheListNoLongerSeesTheMeeting()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        var since = t.Clock.GetUtcNow();

        await t.ActAsync(t.Service.ChangeAsync(t.Town.Municipality, planned.Id, t.Draft() with { Invitees = [InviteeRef.For(t.Ann.Id), InviteeRef.For(t.Outsider.Id)] }, t.Manager.Id, None));

        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, t.Bob.Id, since, None));
        Assert.Single(await t.Store.ListForColleagueAsync(t.Code, t.Outsider.Id, since, None));
        Assert.Equal(
            new[] { t.Ann.Id.Value, t.Manager.Id.Value, t.Outsider.Id.Value }.Order(StringComparer.Ordinal),
            (await t.RowsAsync(MeetingKeys.IndexKind)).Select(r => r.RowKey.Split('|')[1]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReplacingSixtyInvitedColleaguesBySixtyOthersFitsAndLeavesNoStaleIndexRows()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var first = Enumerable.Range(0, MeetingLimits.MaxInvitees).Select(_ => ColleagueId.ForPerson(Guid.NewGuid())).ToList();
        var second = Enumerable.Range(0, MeetingLimits.MaxInvitees).Select(_ => ColleagueId.ForPerson(Guid.NewGuid())).ToList();
        var meeting = new Meeting
        {
            Id = MeetingId.New(t.Code, t.Clock), Kind = MeetingKind.BoardMeeting, Title = "Fietsschouw", Scope = t.Town.District1,
            Districts = [t.Town.District1], Start = t.Tomorrow, End = t.Tomorrow.AddHours(2), Location = "Stadhuis",
            Organiser = t.Manager.Id, Invitees = [.. first.Select(c => new Invitee(InviteeRef.For(c)))], Status = MeetingStatus.Planned,
            CreatedAt = t.Clock.GetUtcNow(), UpdatedAt = t.Clock.GetUtcNow(), LastSequence = 0,
        };
        var planned = await t.Store.SaveAsync(MeetingLifecycle.Plan(meeting), None);
        var replaced = planned with { Invitees = [.. second.Select(c => new Invitee(InviteeRef.For(c)))], LastSequence = 2, Start = t.Tomorrow.AddHours(1) };
        var change = new MeetingChange(planned, replaced, new MeetingEvent(2, MeetingEventKind.Changed, t.Manager.Id, t.Clock.GetUtcNow()),
            [new(planned.Id, 2, MeetingTaskKind.SyncCalendar), new(planned.Id, 2, MeetingTaskKind.Announce)]);

        await t.Store.SaveAsync(change, None);

        var index = (await t.RowsAsync(MeetingKeys.IndexKind)).Select(r => r.RowKey.Split('|')[1]).ToHashSet();
        Assert.Equal(second.Select(c => c.Value).Append(t.Manager.Id.Value).ToHashSet(), index);
        Assert.Single(await t.Store.ListForColleagueAsync(t.Code, second[59], t.Clock.GetUtcNow(), None));
        Assert.Empty(await t.Store.ListForColleagueAsync(t.Code, first[0], t.Clock.GetUtcNow(), None));
        Assert.Equal([t.Tomorrow.AddHours(1)], (await t.RowsAsync(MeetingKeys.StartKind)).Select(r => r.GetDateTimeOffset("Start")));
    }

    [Fact]
    public async Task LinksStartEmptyAndAreSavedWithTheirOwnVersion()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();

        var empty = await t.Store.GetLinksAsync(planned.Id, None);
        Assert.Equal(new MeetingLinks(), empty);

        var saved = await t.Store.SaveLinksAsync(planned.Id, empty with { CalendarEventId = "AAMk-1", JoinUrl = "https://teams.example/join/1" }, None);
        var withCard = await t.Store.SaveLinksAsync(planned.Id, saved with { AgendaConversationId = "19:channel", AgendaActivityId = "1700000000000" }, None);

        var read = await t.Store.GetLinksAsync(planned.Id, None);
        Assert.Equal(new MeetingLinks("AAMk-1", "https://teams.example/join/1", "19:channel", "1700000000000", withCard.Version), read);
        Assert.NotEqual(saved.Version, withCard.Version);
        Assert.Equal(planned.Version, (await t.GetAsync(planned.Id)).Meeting.Version);
    }

    [Fact]
    public async Task StaleLinksAreRefused()
    {
        var t = await MeetingTown.CreateAsync(azurite);
        var planned = await t.PlanAsync();
        var saved = await t.Store.SaveLinksAsync(planned.Id, new MeetingLinks(CalendarEventId: "AAMk-1"), None);
        await t.Store.SaveLinksAsync(planned.Id, saved with { AgendaActivityId = "1" }, None);

        await Assert.ThrowsAsync<VersionConflictException>(() => t.Store.SaveLinksAsync(planned.Id, saved with { CalendarEventId = "AAMk-2" }, None));
        await Assert.ThrowsAsync<VersionConflictException>(() => t.Store.SaveLinksAsync(planned.Id, new MeetingLinks(CalendarEventId: "AAMk-3"), None));
        Assert.Equal("AAMk-1", (await t.Store.GetLinksAsync(planned.Id, None)).CalendarEventId);
    }
}
