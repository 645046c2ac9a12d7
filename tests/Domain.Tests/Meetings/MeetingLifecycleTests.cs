using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Meetings.MeetingSamples;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Meetings;

public sealed class MeetingLifecycleTests
{
    private static readonly DateTimeOffset At = MeetingSamples.Now;

    [Fact]
    public void PlanningSyncsTheCalendarAndAnnouncesTheMeeting()
    {
        var change = MeetingLifecycle.Plan(Meeting() with { LastSequence = 0 });

        Assert.Null(change.Before);
        Assert.Equal((1, MeetingEventKind.Planned, Organiser.Id), (change.Event.Sequence, change.Event.Kind, change.Event.Actor));
        Assert.Equal([MeetingTaskKind.SyncCalendar, MeetingTaskKind.Announce], change.Tasks.Select(t => t.Kind));
        Assert.All(change.Tasks, t => Assert.Equal(1, t.EventSequence));
    }

    [Fact]
    public void AChangeKeepsTheAnswersOfThoseStillInvited()
    {
        var meeting = Meeting() with { Invitees = [new(InviteeRef.For(Buurthuis), Rsvp.Accepted), new(InviteeRef.For(Moestuin), Rsvp.Declined)] };
        var draft = PlanDraft() with { Invitees = [InviteeRef.For(Buurthuis), InviteeRef.For(Bewoner)], Title = "  Nieuwe titel " };

        var change = MeetingLifecycle.Change(meeting, Organiser, draft, [HomeDistrict], At).Value!;

        Assert.Equal("Nieuwe titel", change.After.Title);
        Assert.Equal([(InviteeRef.For(Buurthuis), Rsvp.Accepted), (InviteeRef.For(Bewoner), Rsvp.None)], change.After.Invitees.Select(i => (i.Ref, i.Rsvp)));
        Assert.Equal([MeetingTaskKind.SyncCalendar, MeetingTaskKind.Announce], change.Tasks.Select(t => t.Kind));
        Assert.Equal(3, change.After.LastSequence);
    }

    [Fact]
    public void OnlyTheOrganiserTheirTeamOrTheDistrictManagerMayChangeOrCancel()
    {
        Assert.True(MeetingLifecycle.Cancel(Meeting(), Organiser, null, At).IsValid);
        Assert.True(MeetingLifecycle.Cancel(Meeting(), Manager, null, At).IsValid);
        Assert.True(MeetingLifecycle.Cancel(Meeting() with { Organiser = Wijkteam.Id }, WijkteamMember, null, At).IsValid);

        var refused = MeetingLifecycle.Cancel(Meeting(), Invited, null, At);
        Assert.Equal(ValidationCodes.NotOrganiser, Assert.Single(refused.Errors).Code);
        Assert.Equal(ValidationCodes.NotOrganiser, Assert.Single(MeetingLifecycle.Change(Meeting(), MeetingSamples.Outsider, PlanDraft(), [HomeDistrict], At).Errors).Code);
    }

    [Theory]
    [InlineData(MeetingStatus.Cancelled)]
    [InlineData(MeetingStatus.Held)]
    public void AMeetingThatIsNoLongerPlannedCannotBeChangedCancelledOrAnswered(MeetingStatus status)
    {
        foreach (var result in new[]
        {
            MeetingLifecycle.Change(Meeting(status), Organiser, PlanDraft(), [HomeDistrict], At),
            MeetingLifecycle.Cancel(Meeting(status), Organiser, null, At),
            MeetingLifecycle.Answer(Meeting(status), Invited, Rsvp.Accepted, At),
        })
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal((ValidationCodes.MeetingNotAllowedNow, status.ToString()), (error.Code, error.Arguments[1]));
        }
    }

    [Fact]
    public void CancellingKeepsTheReasonAndCancelsTheEvent()
    {
        var change = MeetingLifecycle.Cancel(Meeting(), Organiser, " Zaal niet beschikbaar ", At).Value!;

        Assert.Equal((MeetingStatus.Cancelled, "Zaal niet beschikbaar"), (change.After.Status, change.After.CancelReason));
        Assert.Contains(change.Tasks, t => t.Kind == MeetingTaskKind.SyncCalendar);
    }

    [Fact]
    public void AnInvitedColleagueAnswersAndOnlyTheirAnswerChanges()
    {
        var change = MeetingLifecycle.Answer(Meeting(), Invited, Rsvp.Tentative, At).Value!;

        Assert.Equal(Rsvp.Tentative, change.After.FindInvitee(InviteeRef.For(Invited.Id))!.Rsvp);
        Assert.Equal(1, change.After.Invitees.Count(i => i.Rsvp != Rsvp.None));
        Assert.Equal([MeetingTaskKind.Announce], change.Tasks.Select(t => t.Kind));
    }

    [Fact]
    public void SomeoneNotInvitedCannotAnswer() =>
        Assert.Equal(ValidationCodes.NotInvited, Assert.Single(MeetingLifecycle.Answer(Meeting(), MeetingSamples.Outsider, Rsvp.Accepted, At).Errors).Code);

    [Fact]
    public void RecordingAttendanceHoldsTheMeetingRecordsContactsAndAsksAttendingColleaguesForFeedback()
    {
        var attendees = new[] { InviteeRef.For(Buurthuis), InviteeRef.For(Moestuin), InviteeRef.For(Invited.Id) };

        var change = MeetingLifecycle.RecordAttendance(Meeting(), Organiser, attendees, At).Value!;

        Assert.Equal(MeetingStatus.Held, change.After.Status);
        Assert.Equal(attendees, change.After.Attendees.Select(a => a.Ref));
        Assert.Equal(
            [(MeetingTaskKind.RecordContacts, null), (MeetingTaskKind.Announce, null), (MeetingTaskKind.AskFeedback, Invited.Id)],
            change.Tasks.Select(t => (t.Kind, t.Recipient)));
    }

    [Fact]
    public void CorrectingAttendanceAsksOnlyTheNewlyAddedColleagues()
    {
        var held = MeetingLifecycle.RecordAttendance(Meeting(), Organiser, [InviteeRef.For(Invited.Id)], At).Value!.After;

        var corrected = MeetingLifecycle.RecordAttendance(held, Organiser, [InviteeRef.For(Invited.Id), InviteeRef.For(WijkteamMember.Id)], At).Value!;

        Assert.Equal([WijkteamMember.Id], corrected.Tasks.Where(t => t.Kind == MeetingTaskKind.AskFeedback).Select(t => t.Recipient!.Value));
    }

    [Fact]
    public void AttendanceCannotBeRecordedBeforeTheStartNorForStrangers()
    {
        var future = Meeting() with { Start = At.AddHours(1), End = At.AddHours(2) };
        Assert.Equal(ValidationCodes.MeetingNotAllowedNow, Assert.Single(MeetingLifecycle.RecordAttendance(future, Organiser, [InviteeRef.For(Buurthuis)], At).Errors).Code);

        var stranger = InviteeRef.For(Member("ffffffffffffffffffffffffffffffff"));
        var error = Assert.Single(MeetingLifecycle.RecordAttendance(Meeting(), Organiser, [stranger], At).Errors);
        Assert.Equal((ValidationCodes.NotInvited, stranger.Id), (error.Code, error.Arguments[0]));
    }

    [Fact]
    public void AnAgreedActionGetsANumberAnOwnerAndADueDate()
    {
        var change = MeetingLifecycle.AgreeAction(Held(), Organiser, " Flyer maken ", Invited, Today.AddDays(14), Today, At).Value!;

        var action = Assert.Single(change.After.Actions);
        Assert.Equal(new AgreedAction(1, "Flyer maken", Invited.Id, Today.AddDays(14)), action);
    }

    [Fact]
    public void AnActionNeedsTextAKnownOwnerAndAFutureDueDate()
    {
        var errors = MeetingLifecycle.AgreeAction(Held(), Organiser, "", null, Today.AddDays(-1), Today, At).Errors;

        Assert.Equal([("text", ValidationCodes.Required), ("owner", ValidationCodes.UnknownColleague), ("dueOn", ValidationCodes.InPast)], errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void TheOwnerMarksTheirActionDoneAndAStrangerMayNot()
    {
        var withAction = MeetingLifecycle.AgreeAction(Held(), Organiser, "Flyer", Invited, Today, Today, At).Value!.After;

        Assert.True(MeetingLifecycle.CompleteAction(withAction, Invited, 1, At).Value!.After.Actions[0].Done);
        Assert.Equal(ValidationCodes.NotOrganiser, Assert.Single(MeetingLifecycle.CompleteAction(withAction, MeetingSamples.Outsider, 1, At).Errors).Code);
        Assert.Equal(ValidationCodes.UnknownValue, Assert.Single(MeetingLifecycle.CompleteAction(withAction, Invited, 2, At).Errors).Code);
    }

    [Fact]
    public void TaskIdsAreStablePerMeetingEventKindAndRecipient()
    {
        var task = new MeetingTask(Meeting().Id, 3, MeetingTaskKind.AskFeedback, Invited.Id);

        Assert.Equal(task.Id, (task with { }).Id);
        Assert.NotEqual(task.Id, (task with { EventSequence = 4 }).Id);
        Assert.NotEqual(task.Id, (task with { Recipient = Organiser.Id }).Id);
        Assert.Equal("gm0202.0123456789abcdef0123456789abcdef.3.askfeedback.00000000-0000-0000-0000-000000000004", task.Id);
    }
}
