using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// The meeting's state machine. Each transition checks the status and the actor, and yields the change to write: the
/// meeting after, its history event, and the work it causes. Nothing here touches storage.
/// </summary>
public static class MeetingLifecycle
{
    /// <summary>The statuses in which <paramref name="action"/> is allowed.</summary>
    public static IReadOnlyList<MeetingStatus> AllowedIn(MeetingAction action) => action switch
    {
        MeetingAction.Change or MeetingAction.Cancel or MeetingAction.Answer => [MeetingStatus.Planned],
        MeetingAction.RecordAttendance or MeetingAction.AgreeAction or MeetingAction.CompleteAction => [MeetingStatus.Planned, MeetingStatus.Held],
        MeetingAction.GiveFeedback => [MeetingStatus.Held],
        _ => [],
    };

    /// <summary>True when <paramref name="actor"/> may organise the meeting: the organiser, their team, or a wijkmanager of its districts.</summary>
    public static bool MayOrganise(Meeting meeting, Colleague actor) =>
        actor.ActsFor(meeting.Organiser) || (actor.Has(AppRole.DistrictManager) && meeting.Districts.Any(actor.Districts.Contains));

    public static MeetingChange Plan(Meeting meeting)
    {
        var after = meeting with { LastSequence = 1, Status = MeetingStatus.Planned };
        var planned = new MeetingEvent(1, MeetingEventKind.Planned, meeting.Organiser, meeting.CreatedAt);
        return new(null, after, planned, [new(after.Id, 1, MeetingTaskKind.SyncCalendar), new(after.Id, 1, MeetingTaskKind.Announce)]);
    }

    /// <summary>Applies a checked draft: the calendar event and the agenda card follow.</summary>
    public static Result<MeetingChange> Change(Meeting meeting, Colleague actor, MeetingDraft draft, IReadOnlyList<string> districts, DateTimeOffset at)
    {
        if (Refuse(MeetingAction.Change, meeting, actor) is { } refused)
        {
            return refused;
        }

        // Answers of people still invited are kept; a new invitee starts without one.
        var invitees = draft.Invitees.Distinct().Select(i => meeting.FindInvitee(i) ?? new Invitee(i)).ToList();
        return Ok(Next(meeting, MeetingEventKind.Changed, actor.Id, at, m => m with
        {
            Kind = draft.Kind,
            Title = draft.Title.Trim(),
            Scope = draft.Scope,
            Districts = districts,
            Themes = draft.Themes.Distinct().ToList(),
            Start = draft.Start,
            End = draft.End,
            Location = FreeText.Clean(draft.Location),
            Online = draft.Online,
            Agenda = FreeText.Clean(draft.Agenda),
            Invitees = invitees,
        }, MeetingTaskKind.SyncCalendar, MeetingTaskKind.Announce));
    }

    public static Result<MeetingChange> Cancel(Meeting meeting, Colleague actor, string? reason, DateTimeOffset at)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("reason", reason, MeetingLimits.ReasonLength, required: false, errors);
        return Refuse(MeetingAction.Cancel, meeting, actor)
            ?? Refused(errors)
            ?? Ok(Next(meeting, MeetingEventKind.Cancelled, actor.Id, at, m => m with { Status = MeetingStatus.Cancelled, CancelReason = FreeText.Clean(reason) }, MeetingTaskKind.SyncCalendar, MeetingTaskKind.Announce));
    }

    /// <summary>An invited colleague answers the invitation (from the agenda card); answering again replaces the answer.</summary>
    public static Result<MeetingChange> Answer(Meeting meeting, Colleague actor, Rsvp answer, DateTimeOffset at)
    {
        if (Status(MeetingAction.Answer, meeting) is { } refused)
        {
            return refused;
        }

        var me = InviteeRef.For(actor.Id);
        if (meeting.FindInvitee(me) is null)
        {
            return Result<MeetingChange>.Refused([new("invitee", ValidationCodes.NotInvited)]);
        }

        return Ok(Next(meeting, MeetingEventKind.Answered, actor.Id, at, m => m with
        {
            Invitees = m.Invitees.Select(i => i.Ref == me ? i with { Rsvp = answer } : i).ToList(),
        }, MeetingTaskKind.Announce));
    }

    /// <summary>
    /// The organiser records who came, once the meeting has started; recording again corrects it. The ties follow,
    /// and attendees on Teams who were not asked yet get the feedback card.
    /// </summary>
    public static Result<MeetingChange> RecordAttendance(Meeting meeting, Colleague actor, IReadOnlyCollection<InviteeRef> attendees, DateTimeOffset at)
    {
        if (Refuse(MeetingAction.RecordAttendance, meeting, actor) is { } refused)
        {
            return refused;
        }

        if (at < meeting.Start)
        {
            return Result<MeetingChange>.Refused([new("attendees", ValidationCodes.MeetingNotAllowedNow, nameof(MeetingAction.RecordAttendance), nameof(MeetingStatus.Planned))]);
        }

        var strangers = attendees.Where(a => meeting.FindInvitee(a) is null).ToList();
        if (strangers.Count > 0)
        {
            return Result<MeetingChange>.Refused([.. strangers.Select(s => new ValidationError("attendees", ValidationCodes.NotInvited, s.Id))]);
        }

        var askedBefore = meeting.Attendees.Select(a => a.Ref).ToHashSet();
        var sequence = meeting.LastSequence + 1;
        var after = meeting with
        {
            Status = MeetingStatus.Held,
            Invitees = meeting.Invitees.Select(i => i with { Attended = attendees.Contains(i.Ref) }).ToList(),
            LastSequence = sequence,
            UpdatedAt = at,
        };
        var feedback = after.Attendees
            .Where(a => !askedBefore.Contains(a.Ref) && a.Ref.Colleague is not null)
            .Select(a => new MeetingTask(meeting.Id, sequence, MeetingTaskKind.AskFeedback, a.Ref.Colleague));
        var tasks = new List<MeetingTask> { new(meeting.Id, sequence, MeetingTaskKind.RecordContacts), new(meeting.Id, sequence, MeetingTaskKind.Announce) };
        tasks.AddRange(feedback);
        return Ok(new MeetingChange(meeting, after, new MeetingEvent(sequence, MeetingEventKind.AttendanceRecorded, actor.Id, at), tasks));
    }

    /// <summary>Records an action agreed in the meeting, with its owner (a colleague) and due date.</summary>
    public static Result<MeetingChange> AgreeAction(Meeting meeting, Colleague actor, string? text, Colleague? owner, DateOnly? dueOn, DateOnly today, DateTimeOffset at)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("text", text, MeetingLimits.ActionLength, required: true, errors);
        if (owner is null)
        {
            errors.Add(new("owner", ValidationCodes.UnknownColleague, ""));
        }

        if (dueOn is null)
        {
            errors.Add(new("dueOn", ValidationCodes.Required));
        }
        else if (dueOn < today)
        {
            errors.Add(new("dueOn", ValidationCodes.InPast));
        }

        if (meeting.Actions.Count >= MeetingLimits.MaxActions)
        {
            errors.Add(new("text", ValidationCodes.TooMany, MeetingLimits.MaxActions));
        }

        if (Refuse(MeetingAction.AgreeAction, meeting, actor) is { } refused)
        {
            return refused;
        }

        if (Refused(errors) is { } invalid)
        {
            return invalid;
        }

        var action = new AgreedAction(meeting.Actions.Count + 1, text!.Trim(), owner!.Id, dueOn!.Value);
        return Ok(Next(meeting, MeetingEventKind.ActionAgreed, actor.Id, at, m => m with { Actions = [.. m.Actions, action] }, MeetingTaskKind.Announce));
    }

    /// <summary>The owner (or the organiser) marks an agreed action done.</summary>
    public static Result<MeetingChange> CompleteAction(Meeting meeting, Colleague actor, int number, DateTimeOffset at)
    {
        if (Status(MeetingAction.CompleteAction, meeting) is { } refused)
        {
            return refused;
        }

        var action = meeting.Actions.FirstOrDefault(a => a.Number == number);
        if (action is null)
        {
            return Result<MeetingChange>.Refused([new("action", ValidationCodes.UnknownValue, number.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", meeting.Actions.Select(a => a.Number)))]);
        }

        if (!actor.ActsFor(action.Owner) && !MayOrganise(meeting, actor))
        {
            return Result<MeetingChange>.Refused([new("action", ValidationCodes.NotOrganiser)]);
        }

        return Ok(Next(meeting, MeetingEventKind.ActionDone, actor.Id, at, m => m with
        {
            Actions = m.Actions.Select(a => a.Number == number ? a with { Done = true } : a).ToList(),
        }, MeetingTaskKind.Announce));
    }

    private static MeetingChange Next(Meeting meeting, MeetingEventKind kind, ColleagueId actor, DateTimeOffset at, Func<Meeting, Meeting> apply, params MeetingTaskKind[] tasks)
    {
        var sequence = meeting.LastSequence + 1;
        var after = apply(meeting) with { LastSequence = sequence, UpdatedAt = at };
        return new(meeting, after, new MeetingEvent(sequence, kind, actor, at), [.. tasks.Select(t => new MeetingTask(meeting.Id, sequence, t))]);
    }

    private static Result<MeetingChange>? Refuse(MeetingAction action, Meeting meeting, Colleague actor) =>
        Status(action, meeting)
        ?? (MayOrganise(meeting, actor) ? null : Result<MeetingChange>.Refused([new("actor", ValidationCodes.NotOrganiser)]));

    private static Result<MeetingChange>? Status(MeetingAction action, Meeting meeting) =>
        AllowedIn(action).Contains(meeting.Status)
            ? null
            : Result<MeetingChange>.Refused([new("status", ValidationCodes.MeetingNotAllowedNow, action.ToString(), meeting.Status.ToString())]);

    private static Result<MeetingChange>? Refused(List<ValidationError> errors) =>
        errors.Count > 0 ? Result<MeetingChange>.Refused(errors) : null;

    private static Result<MeetingChange> Ok(MeetingChange change) => Result<MeetingChange>.Success(change);
}
