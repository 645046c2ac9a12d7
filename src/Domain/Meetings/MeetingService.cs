using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// The meeting use cases. Each action reads the meeting once, checks the lifecycle, and writes the change with its
/// history and tasks in one transaction. When two people act at once, exactly one wins; the other is refused with
/// <see cref="ValidationCodes.MeetingChangedMeanwhile"/>. A null result means the meeting does not exist.
/// </summary>
public sealed class MeetingService(
    IMeetingStore store,
    IMeetingFeedbackStore feedback,
    IColleagueDirectory colleagues,
    INetworkStore network,
    TimeProvider clock)
{
    private DateOnly Today => DutchTime.Today(clock);

    /// <summary>The members to suggest for a meeting in <paramref name="scope"/> on <paramref name="themes"/>; null when the scope is unknown.</summary>
    public async Task<IReadOnlyList<SuggestedInvitee>?> SuggestInviteesAsync(Municipality municipality, string scope, IReadOnlyCollection<string> themes, CancellationToken cancellationToken)
    {
        var area = municipality.AreaOfScope(scope);
        if (area is null)
        {
            return null;
        }

        var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
        return InviteeSuggestions.For(view, MeetingValidator.DistrictsOf(municipality, scope), themes, Today);
    }

    public async Task<Result<Meeting>> PlanAsync(Municipality municipality, MeetingDraft draft, ColleagueId actor, CancellationToken cancellationToken)
    {
        var organiser = await colleagues.GetAsync(municipality.Code, actor, cancellationToken);
        if (organiser is null)
        {
            return Result<Meeting>.Refused([new("actor", ValidationCodes.UnknownColleague, actor.Value)]);
        }

        var errors = MeetingValidator.Validate(draft, municipality, await KnownAsync(municipality, draft.Invitees, cancellationToken), clock.GetUtcNow());
        if (errors.Count == 0 && !MeetingValidator.DistrictsOf(municipality, draft.Scope).All(organiser.Districts.Contains))
        {
            // Role x district: one organises only where one works (an area only when one works in all of it).
            errors.Add(new("scope", ValidationCodes.OutsideYourDistricts, draft.Scope));
        }

        if (errors.Count > 0)
        {
            return Result<Meeting>.Refused(errors);
        }

        var now = clock.GetUtcNow();
        var meeting = new Meeting
        {
            Id = MeetingId.New(municipality.Code, clock),
            Kind = draft.Kind,
            Title = draft.Title.Trim(),
            Scope = draft.Scope,
            Districts = MeetingValidator.DistrictsOf(municipality, draft.Scope),
            Themes = draft.Themes.Distinct().ToList(),
            Start = draft.Start,
            End = draft.End,
            Location = FreeText.Clean(draft.Location),
            Online = draft.Online,
            Agenda = FreeText.Clean(draft.Agenda),
            Organiser = organiser.Id,
            Invitees = draft.Invitees.Distinct().Select(i => new Invitee(i)).ToList(),
            Status = MeetingStatus.Planned,
            CreatedAt = now,
            UpdatedAt = now,
            LastSequence = 0,
        };
        return Result<Meeting>.Success(await store.SaveAsync(MeetingLifecycle.Plan(meeting), cancellationToken));
    }

    public async Task<Result<Meeting>?> ChangeAsync(Municipality municipality, MeetingId id, MeetingDraft draft, ColleagueId actor, CancellationToken cancellationToken)
    {
        var known = await KnownAsync(municipality, draft.Invitees, cancellationToken);
        return await ActAsync(id, actor, (m, a, at) =>
        {
            var errors = MeetingValidator.Validate(draft, municipality, known, at);
            return errors.Count > 0
                ? Result<MeetingChange>.Refused(errors)
                : MeetingLifecycle.Change(m, a, draft, MeetingValidator.DistrictsOf(municipality, draft.Scope), at);
        }, cancellationToken);
    }

    public Task<Result<Meeting>?> CancelAsync(MeetingId id, ColleagueId actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (m, a, at) => MeetingLifecycle.Cancel(m, a, reason, at), cancellationToken);

    public Task<Result<Meeting>?> AnswerAsync(MeetingId id, ColleagueId actor, Rsvp answer, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (m, a, at) => MeetingLifecycle.Answer(m, a, answer, at), cancellationToken);

    public Task<Result<Meeting>?> RecordAttendanceAsync(MeetingId id, ColleagueId actor, IReadOnlyCollection<InviteeRef> attendees, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (m, a, at) => MeetingLifecycle.RecordAttendance(m, a, attendees, at), cancellationToken);

    public async Task<Result<Meeting>?> AgreeActionAsync(MeetingId id, ColleagueId actor, string? text, ColleagueId? owner, DateOnly? dueOn, CancellationToken cancellationToken)
    {
        var ownerColleague = owner is { } o ? await colleagues.GetAsync(id.Municipality, o, cancellationToken) : null;
        return await ActAsync(id, actor, (m, a, at) => MeetingLifecycle.AgreeAction(m, a, text, ownerColleague, dueOn, Today, at), cancellationToken);
    }

    public Task<Result<Meeting>?> CompleteActionAsync(MeetingId id, ColleagueId actor, int number, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (m, a, at) => MeetingLifecycle.CompleteAction(m, a, number, at), cancellationToken);

    /// <summary>Stores an attendee's feedback (replacing an earlier answer of theirs); null when the meeting does not exist.</summary>
    public async Task<Result<FeedbackSubmission>?> GiveFeedbackAsync(
        MeetingId id, ColleagueId respondent, int? usefulness, string? remark, IReadOnlyList<PartyFeedback> parties, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var errors = FeedbackValidator.Validate(record.Meeting, respondent, usefulness, remark, parties);
        if (errors.Count > 0)
        {
            return Result<FeedbackSubmission>.Refused(errors);
        }

        var isFeedbackMeeting = record.Meeting.Kind == MeetingKind.FeedbackMeeting;
        var submission = new FeedbackSubmission(
            id,
            FeedbackKey.For(id, respondent),
            isFeedbackMeeting ? null : usefulness,
            FreeText.Clean(remark),
            isFeedbackMeeting ? [.. parties.Select(p => p with { Remark = FreeText.Clean(p.Remark) })] : [],
            clock.GetUtcNow());
        await feedback.SaveAsync(submission, cancellationToken);
        return Result<FeedbackSubmission>.Success(submission);
    }

    /// <summary>The meeting's feedback, aggregated; null when the meeting does not exist.</summary>
    public async Task<FeedbackSummary?> FeedbackSummaryAsync(MeetingId id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is null ? null : FeedbackSummary.Of(await feedback.ListAsync(id, cancellationToken));

    private async Task<IReadOnlySet<InviteeRef>> KnownAsync(Municipality municipality, IReadOnlyList<InviteeRef> invitees, CancellationToken cancellationToken)
    {
        var known = new HashSet<InviteeRef>();
        foreach (var area in invitees.Select(i => i.Member).OfType<MemberId>().GroupBy(m => m.Area))
        {
            if (municipality.FindArea(area.Key) is null)
            {
                continue;
            }

            var found = await network.GetMembersAsync(area.Key, area.ToList(), cancellationToken);
            known.UnionWith(found.Keys.Select(InviteeRef.For));
        }

        foreach (var colleague in invitees.Select(i => i.Colleague).OfType<ColleagueId>().Distinct())
        {
            if (await colleagues.GetAsync(municipality.Code, colleague, cancellationToken) is not null)
            {
                known.Add(InviteeRef.For(colleague));
            }
        }

        return known;
    }

    private async Task<Result<Meeting>?> ActAsync(
        MeetingId id,
        ColleagueId actorId,
        Func<Meeting, Colleague, DateTimeOffset, Result<MeetingChange>> transition,
        CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var actor = await colleagues.GetAsync(id.Municipality, actorId, cancellationToken);
        if (actor is null)
        {
            return Result<Meeting>.Refused([new("actor", ValidationCodes.UnknownColleague, actorId.Value)]);
        }

        var result = transition(record.Meeting, actor, clock.GetUtcNow());
        if (!result.IsValid)
        {
            return Result<Meeting>.Refused(result.Errors);
        }

        try
        {
            return Result<Meeting>.Success(await store.SaveAsync(result.Value!, cancellationToken));
        }
        catch (VersionConflictException)
        {
            return Result<Meeting>.Refused([new("meeting", ValidationCodes.MeetingChangedMeanwhile)]);
        }
    }
}
