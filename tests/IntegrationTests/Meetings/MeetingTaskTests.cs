using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Storage.Meetings;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>From a meeting's change to its calendar event, agenda card, feedback cards and met-at ties, through the outbox, the queue and the fake Graph.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class MeetingTaskTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PlanningCreatesTheCalendarEventAsGraphExpectsIt()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var meeting = await t.PlanAsync(t.Draft() with { Invitees = [.. t.Draft().Invitees, InviteeRef.For(t.Vera.Id)] });

        await host.DrainAsync();

        var request = Assert.Single(host.EventRequests());
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v1.0/users/{host.OrganiserCalendarUser}/events", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        var e = json.RootElement;
        Assert.Equal("Themabijeenkomst meedoen", e.GetProperty("subject").GetString());
        Assert.Equal("html", e.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal("<p>1. Opening<br>2. Wat loopt er &lt;goed&gt;?</p>", e.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("2026-11-29T18:00:00", e.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("UTC", e.GetProperty("start").GetProperty("timeZone").GetString());
        Assert.Equal("2026-11-29T20:00:00", e.GetProperty("end").GetProperty("dateTime").GetString());
        Assert.Equal("Buurthuis De Kroon", e.GetProperty("location").GetProperty("displayName").GetString());
        Assert.True(e.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Equal("teamsForBusiness", e.GetProperty("onlineMeetingProvider").GetString());
        Assert.Equal(meeting.Id.ToString(), e.GetProperty("transactionId").GetString());
        var attendees = e.GetProperty("attendees").EnumerateArray().ToList();
        Assert.Equal(
            [("ann@gemeente.example", "Ann"), ("bob@gemeente.example", "Bob"), ("vera.bos@example.org", "Vera Bos")],
            attendees.Select(a => (a.GetProperty("emailAddress").GetProperty("address").GetString(), a.GetProperty("emailAddress").GetProperty("name").GetString())));
        Assert.All(attendees, a => Assert.Equal("required", a.GetProperty("type").GetString()));

        var made = Assert.Single(host.Graph.Calendar.Newest());
        var links = await t.Store.GetLinksAsync(meeting.Id, None);
        Assert.Equal(made.Id, links.CalendarEventId);
        Assert.Equal(made.JoinUrl, links.JoinUrl);
        Assert.NotNull(links.JoinUrl);
        Assert.Equal($"card-{meeting.Id.Local}", links.AgendaActivityId);
        Assert.Single(host.Messenger.Announced);
        Assert.Empty(await t.RowsAsync(MeetingKeys.OutboxKind));
    }

    // The shared calendar is the functional sender mailbox, as docs/deploy.md advises (one Exchange scope).
    [Fact]
    public async Task ASharedCalendarHoldsTheEventAndInvitesTheOrganiser()
    {
        await using var host = await MeetingHost.StartAsync(azurite, calendarMailbox: "wijkverbinder@gemeente.example");
        var t = host.Town;
        await t.PlanAsync(t.Draft() with { Online = false, Invitees = [InviteeRef.For(t.Ann.Id), InviteeRef.For(t.Garden.Id)] });

        await host.DrainAsync();

        var request = Assert.Single(host.EventRequests());
        Assert.Equal("/v1.0/users/wijkverbinder@gemeente.example/events", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal(
            ["mila@gemeente.example", "ann@gemeente.example"],
            json.RootElement.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()));
        Assert.False(json.RootElement.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.False(json.RootElement.TryGetProperty("onlineMeetingProvider", out _));
    }

    [Fact]
    public async Task AChangeUpdatesTheSameEvent()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var meeting = await t.PlanAsync();
        await host.DrainAsync();
        var eventId = (await t.Store.GetLinksAsync(meeting.Id, None)).CalendarEventId;

        await t.ActAsync(t.Service.ChangeAsync(t.Town.Municipality, meeting.Id, t.Draft("Verzet") with
        {
            Start = t.Tomorrow.AddDays(1), End = t.Tomorrow.AddDays(1).AddHours(1), Location = "Wijkcentrum", Invitees = [InviteeRef.For(t.Ann.Id)],
        }, t.Manager.Id, None));
        await host.DrainAsync();

        var patch = host.EventRequests()[1];
        Assert.Equal(2, host.EventRequests().Count);
        Assert.Equal("PATCH", patch.Method);
        Assert.Equal($"/v1.0/users/{host.OrganiserCalendarUser}/events/{eventId}", patch.Path);
        using var json = JsonDocument.Parse(patch.Body);
        Assert.Equal("Verzet", json.RootElement.GetProperty("subject").GetString());
        Assert.Equal("2026-11-30T18:00:00", json.RootElement.GetProperty("start").GetProperty("dateTime").GetString());
        Assert.Equal("Wijkcentrum", json.RootElement.GetProperty("location").GetProperty("displayName").GetString());
        Assert.Equal(["ann@gemeente.example"], json.RootElement.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()));
        Assert.False(json.RootElement.TryGetProperty("transactionId", out _));
        var made = Assert.Single(host.Graph.Calendar.Newest());
        Assert.Equal(("Verzet", 1), (made.Subject, made.Updates));
        Assert.Equal(2, host.Messenger.Announced.Count);
    }

    [Fact]
    public async Task CancellingCancelsTheEventWithTheReason()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var meeting = await t.PlanAsync();
        await host.DrainAsync();
        var eventId = (await t.Store.GetLinksAsync(meeting.Id, None)).CalendarEventId;

        await t.ActAsync(t.Service.CancelAsync(meeting.Id, t.Manager.Id, "Zaal is niet beschikbaar", None));
        await host.DrainAsync();

        var cancel = host.EventRequests()[^1];
        Assert.Equal("POST", cancel.Method);
        Assert.Equal($"/v1.0/users/{host.OrganiserCalendarUser}/events/{eventId}/cancel", cancel.Path);
        using var json = JsonDocument.Parse(cancel.Body);
        Assert.Equal("Zaal is niet beschikbaar", json.RootElement.EnumerateObject().Single(p => p.NameEquals("Comment") || p.NameEquals("comment")).Value.GetString());
        var made = Assert.Single(host.Graph.Calendar.Newest());
        Assert.True(made.Cancelled);
        Assert.Equal("Zaal is niet beschikbaar", made.CancelComment);
        Assert.Equal(MeetingStatus.Cancelled, host.Messenger.Announced.Last().Status);
    }

    [Fact]
    public async Task ACrashBetweenGraphAndSavingTheLinksMakesNoSecondEvent()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var meeting = await t.PlanAsync();
        var sync = new MeetingTaskMessage(meeting.Id.ToString(), 1, MeetingTaskKind.SyncCalendar, null);
        host.Store.CrashesLeft = 1;

        await Assert.ThrowsAsync<IOException>(() => host.Dispatcher.DispatchAsync(sync, None));
        Assert.Null((await t.Store.GetLinksAsync(meeting.Id, None)).CalendarEventId);
        await host.Dispatcher.DispatchAsync(sync, None);

        var creates = host.EventRequests();
        Assert.Equal(2, creates.Count);
        Assert.All(creates, r => Assert.Equal("POST", r.Method));
        Assert.All(creates, r => Assert.Contains($"\"transactionId\":\"{meeting.Id}\"", r.Body, StringComparison.Ordinal));
        var made = Assert.Single(host.Graph.Calendar.Newest());
        Assert.Equal(made.Id, (await t.Store.GetLinksAsync(meeting.Id, None)).CalendarEventId);
    }

    [Fact]
    public async Task ADuplicateQueueMessageChangesNothing()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var meeting = await t.PlanAsync();
        await host.DrainAsync();
        var links = await t.Store.GetLinksAsync(meeting.Id, None);

        foreach (var kind in new[] { MeetingTaskKind.SyncCalendar, MeetingTaskKind.Announce })
        {
            await host.Queues.Meetings.SendMessageAsync(new MeetingTaskMessage(meeting.Id.ToString(), 1, kind, null).ToJson());
        }

        await host.DrainAsync();

        Assert.Single(host.EventRequests());
        Assert.Single(host.Messenger.Announced);
        Assert.Equal(links, await t.Store.GetLinksAsync(meeting.Id, None));
    }

    [Fact]
    public async Task AttendanceBecomesMetAtTiesFeedbackCardsAndIsIdempotent()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var t = host.Town;
        var meeting = await t.PlanAsync();
        await host.DrainAsync();
        t.Clock.Advance(TimeSpan.FromDays(2));

        await t.ActAsync(t.Service.RecordAttendanceAsync(meeting.Id, t.Manager.Id, [InviteeRef.For(t.Ann.Id), InviteeRef.For(t.Garden.Id), InviteeRef.For(t.Centre.Id)], None));
        await host.DrainAsync();

        var day = DateOnly.FromDateTime(meeting.Start.UtcDateTime);
        var garden = (await azurite.Store.GetMemberAsync(t.Garden.Id, None))!;
        var tie = Assert.Single(garden.Ties, x => x.Type == TieType.MetAt);
        Assert.Equal(t.Centre.Id, tie.Other(t.Garden.Id));
        Assert.Equal((day, day), (tie.Since, tie.LastContactOn));
        Assert.Equal([(meeting.Id, t.Ann.Id)], host.Messenger.AskedFeedback);
        Assert.Single(host.EventRequests());

        var contacts = host.Services.GetRequiredService<MeetingContacts>();
        var held = (await t.GetAsync(meeting.Id)).Meeting;
        Assert.Equal(0, await contacts.RecordAsync(held, None));
        Assert.Single((await azurite.Store.GetMemberAsync(t.Garden.Id, None))!.Ties, x => x.Type == TieType.MetAt);
    }

    [Fact]
    public async Task ATaskForAMeetingThatIsGoneIsSkippedAndNonsenseIsRefused()
    {
        await using var host = await MeetingHost.StartAsync(azurite);
        var gone = MeetingId.New(host.Town.Code, host.Town.Clock);

        await host.Dispatcher.DispatchAsync(new MeetingTaskMessage(gone.ToString(), 1, MeetingTaskKind.SyncCalendar, null), None);

        Assert.Empty(host.EventRequests());
        await Assert.ThrowsAsync<FormatException>(() => host.Dispatcher.DispatchAsync(MeetingTaskMessage.Parse("{\"meeting\":\"nonsense\",\"sequence\":1,\"kind\":\"Announce\"}"), None));
        Assert.Throws<FormatException>(() => MeetingTaskMessage.Parse("not json"));
    }
}
