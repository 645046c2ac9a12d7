using System.Globalization;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Meetings;
using Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>
/// The signed-in user's meetings on the tab API: their list with their open actions, one meeting they are involved in
/// (<see cref="MeetingAccess"/>; anyone else gets 404 and learns nothing), answering the invitation, cancelling, and agreeing and completing
/// actions, which the domain allows or refuses as on the page. Feedback appears only aggregated.
/// </summary>
internal static class TabMeetingEndpoints
{
    public static void MapTabMeetings(this RouteGroupBuilder api)
    {
        var limit = new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes);
        api.MapGet("/meetings", Mine);
        api.MapGet("/meetings/{id}", Get);
        api.MapPost("/meetings/{id}/answer", Answer).WithMetadata(limit);
        api.MapPost("/meetings/{id}/cancel", Cancel).WithMetadata(limit);
        api.MapPost("/meetings/{id}/actions", Agree).WithMetadata(limit);
        api.MapPost("/meetings/{id}/actions/{number:int}/done", Complete).WithMetadata(limit);
    }

    private static async Task<IResult> Mine(HttpContext context, MeetingTabQueries queries, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var mine = await queries.MineAsync(user, cancellationToken);
        var actions = await queries.OpenActionsAsync(user, cancellationToken);
        return Results.Ok(new MyMeetingsResponse([.. mine.Select(m => MeetingResponses.Summary(m, user))], [.. actions.Select(MeetingResponses.Owned)]));
    }

    private static async Task<IResult> Get(string id, HttpContext context, MeetingTabQueries queries, MeetingService meetings, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!MeetingId.TryParse(id, out var meetingId))
        {
            return problems.Invalid([new ValidationError("id", ValidationCodes.InvalidFormat)]);
        }

        var user = TabApiUser.Get(context);
        if (await queries.GetAsync(user, meetingId, cancellationToken) is not { } found)
        {
            return problems.NotFound();
        }

        var feedback = found.Meeting.Status == MeetingStatus.Held ? await meetings.FeedbackSummaryAsync(meetingId, cancellationToken) : null;
        var names = await queries.NamesAsync(found.Meeting, feedback?.Parties.Select(p => p.Party) ?? [], cancellationToken);
        return Results.Ok(MeetingResponses.Meeting(found.Meeting, found.Links, user, names, feedback));
    }

    private static Task<IResult> Answer(string id, AnswerMeetingRequest? request, HttpContext context, MeetingTabQueries queries, MeetingService meetings, ApiProblems problems, CancellationToken cancellationToken)
    {
        // "None" is where an invitation starts, not an answer one can give.
        var answer = Enum.TryParse<Rsvp>(request?.Answer, ignoreCase: false, out var parsed) && parsed is Rsvp.Accepted or Rsvp.Tentative or Rsvp.Declined ? parsed : (Rsvp?)null;
        List<ValidationError> errors = answer is null ? [new("answer", ValidationCodes.UnknownValue, request?.Answer ?? string.Empty, "Accepted, Tentative, Declined")] : [];
        return ActAsync(id, errors, context, queries, problems, (meetingId, actor) => meetings.AnswerAsync(meetingId, actor, answer!.Value, cancellationToken), cancellationToken);
    }

    private static Task<IResult> Cancel(string id, CancelMeetingRequest? request, HttpContext context, MeetingTabQueries queries, MeetingService meetings, ApiProblems problems, CancellationToken cancellationToken) =>
        ActAsync(id, [], context, queries, problems, (meetingId, actor) => meetings.CancelAsync(meetingId, actor, request?.Reason, cancellationToken), cancellationToken);

    private static Task<IResult> Agree(string id, AgreeActionRequest? request, HttpContext context, MeetingTabQueries queries, MeetingService meetings, ApiProblems problems, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        ColleagueId? owner = null;
        if (!string.IsNullOrEmpty(request?.Owner))
        {
            owner = ColleagueId.TryParse(request.Owner, out var parsed) ? parsed : null;
            if (owner is null)
            {
                errors.Add(new("owner", ValidationCodes.InvalidFormat));
            }
        }

        DateOnly? dueOn = null;
        if (!string.IsNullOrEmpty(request?.DueOn))
        {
            dueOn = DateOnly.TryParseExact(request.DueOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
            if (dueOn is null)
            {
                errors.Add(new("dueOn", ValidationCodes.InvalidFormat));
            }
        }

        return ActAsync(id, errors, context, queries, problems, (meetingId, actor) => meetings.AgreeActionAsync(meetingId, actor, request?.Text, owner, dueOn, cancellationToken), cancellationToken);
    }

    private static Task<IResult> Complete(string id, int number, HttpContext context, MeetingTabQueries queries, MeetingService meetings, ApiProblems problems, CancellationToken cancellationToken) =>
        ActAsync(id, [], context, queries, problems, (meetingId, actor) => meetings.CompleteActionAsync(meetingId, actor, number, cancellationToken), cancellationToken);

    /// <summary>Unreadable input 400; a meeting the user is not involved in 404; then the domain decides: not theirs 403, not now 409, wrong input 400.</summary>
    private static async Task<IResult> ActAsync(
        string id,
        List<ValidationError> inputErrors,
        HttpContext context,
        MeetingTabQueries queries,
        ApiProblems problems,
        Func<MeetingId, ColleagueId, Task<Result<Meeting>?>> act,
        CancellationToken cancellationToken)
    {
        if (!MeetingId.TryParse(id, out var meetingId))
        {
            inputErrors.Insert(0, new("id", ValidationCodes.InvalidFormat));
        }

        if (inputErrors.Count > 0)
        {
            return problems.Invalid(inputErrors);
        }

        var user = TabApiUser.Get(context);
        if (await queries.GetAsync(user, meetingId, cancellationToken) is null)
        {
            return problems.NotFound();
        }

        var result = await act(meetingId, user.Id);
        if (result is null)
        {
            return problems.NotFound();
        }

        if (result.IsValid)
        {
            return Results.Ok(MeetingResponses.Summary(result.Value!, user));
        }

        if (ActorRefusals.Any(result.Errors))
        {
            return problems.ForbiddenBecause(result.Errors);
        }

        return result.Errors.Any(e => e.Code is ValidationCodes.MeetingNotAllowedNow or ValidationCodes.MeetingChangedMeanwhile)
            ? problems.NotAllowed(result.Errors)
            : problems.Invalid(result.Errors);
    }
}
