using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// The steps of a made-up meeting, each through <see cref="MeetingService"/> with the clock set to when it happened:
/// planned two weeks before, attendance two hours after the start, actions then, answers the day after. A refusal
/// means the demo broke a rule, which must not pass silently.
/// </summary>
internal sealed class DemoMeetingSteps(MeetingService service, DemoClock clock, Municipality municipality)
{
    private readonly DateTimeOffset now = clock.Now;

    private DateOnly Today => DateOnly.FromDateTime(DutchTime.ToDutch(now).Date);

    /// <summary>Dutch time <paramref name="hour"/>:00, <paramref name="days"/> from today.</summary>
    public DateTimeOffset Day(int days, int hour) => DutchTime.At(Today.AddDays(days), new TimeOnly(hour, 0));

    /// <summary>Plans it now (a meeting ahead) or two weeks before its start (a past one).</summary>
    public async Task<Meeting> PlanAsync(ColleagueId organiser, MeetingDraft draft, CancellationToken cancellationToken)
    {
        clock.Now = draft.Start < now ? draft.Start.AddDays(-14) : now;
        var result = await service.PlanAsync(municipality, draft, organiser, cancellationToken);
        return Check(result, draft.Title);
    }

    /// <summary>Plans it and records who came, two hours after the start.</summary>
    public async Task<Meeting> HeldAsync(ColleagueId organiser, MeetingDraft draft, IReadOnlyCollection<InviteeRef> attendees, CancellationToken cancellationToken)
    {
        var planned = await PlanAsync(organiser, draft, cancellationToken);
        clock.Now = draft.Start.AddHours(2);
        return Check(await service.RecordAttendanceAsync(planned.Id, organiser, attendees, cancellationToken), draft.Title);
    }

    /// <summary>An action agreed at the meeting, due <paramref name="dueInDays"/> from today; done a few days after the meeting when <paramref name="done"/>.</summary>
    public async Task AgreeAsync(Meeting held, ColleagueId organiser, string text, ColleagueId owner, int dueInDays, bool done, CancellationToken cancellationToken)
    {
        clock.Now = held.End;
        var agreed = Check(await service.AgreeActionAsync(held.Id, organiser, text, owner, Today.AddDays(dueInDays), cancellationToken), text);
        if (done)
        {
            clock.Now = held.End.AddDays(3);
            Check(await service.CompleteActionAsync(held.Id, owner, agreed.Actions[^1].Number, cancellationToken), text);
        }
    }

    /// <summary>One attendee's feedback, the day after the meeting.</summary>
    public async Task AnswerAsync(Meeting held, ColleagueId respondent, int? usefulness, string? remark, IReadOnlyList<PartyFeedback> parties, CancellationToken cancellationToken)
    {
        clock.Now = held.Start.AddDays(1);
        var result = await service.GiveFeedbackAsync(held.Id, respondent, usefulness, remark, parties, cancellationToken);
        Check(result, held.Title);
    }

    private static T Check<T>(Result<T>? result, string what)
    {
        if (result is not { IsValid: true })
        {
            var reasons = result is null ? "not found" : string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Code}"));
            throw new InvalidOperationException($"Demo meeting step '{what}' was refused: {reasons}");
        }

        return result.Value!;
    }
}
