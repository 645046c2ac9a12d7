using System.Globalization;
using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.TeamsApp.Bot.Cards;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Meetings;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// Meetings in the bot: the plan form (two steps), and the buttons on the agenda and feedback cards. The acting
/// colleague is the Teams user; what they may not do is refused on the card (the domain says why) and changes nothing.
/// Every answer is the card that replaces the pressed one.
/// </summary>
public sealed class MeetingActions(
    MeetingService meetings,
    MeetingViews views,
    MeetingCards meetingCards,
    BotCards cards,
    IColleagueDirectory colleagues,
    ProactiveCardSender conversations,
    ApiProblems problems,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock)
{
    private string MunicipalityCode => options.Value.MunicipalityCode;

    private DateOnly Today => DutchTime.Today(clock);

    /// <summary>Step one, empty (from the command) or as sent back.</summary>
    public async Task<AdaptiveCard> StartAsync(Municipality municipality, Colleague organiser, CancellationToken cancellationToken) =>
        cards.MeetingForm(municipality, organiser, MeetingValues.Empty, null, await ColleaguesAsync(cancellationToken), [], Today);

    /// <summary>Step two: the invitees the network suggests for the chosen place and themes; an unknown place stays on step one.</summary>
    internal async Task<AdaptiveCard> SuggestAsync(Municipality municipality, Colleague organiser, InvokeData data, CancellationToken cancellationToken)
    {
        var values = MeetingForm.Values(data);
        var everyone = await ColleaguesAsync(cancellationToken);
        var suggestions = await meetings.SuggestInviteesAsync(municipality, values.Scope ?? string.Empty, MeetingForm.Split(values.Themes), cancellationToken);
        if (suggestions is null)
        {
            var error = new ValidationError("scope", values.Scope is null ? ValidationCodes.Required : ValidationCodes.NotAScope, values.Scope ?? string.Empty);
            return cards.MeetingForm(municipality, organiser, values, null, everyone, [cards.Problem(error)], Today);
        }

        return cards.MeetingForm(municipality, organiser, values, suggestions, everyone, [], Today);
    }

    /// <summary>Plans the meeting; a refusal shows on the form with everything kept, and nothing is stored.</summary>
    internal async Task<AdaptiveCard> PlanAsync(Municipality municipality, Colleague organiser, InvokeData data, CancellationToken cancellationToken)
    {
        var values = MeetingForm.Values(data);
        var (draft, errors) = MeetingForm.Read(values);
        if (draft is not null)
        {
            var result = await meetings.PlanAsync(municipality, draft, organiser.Id, cancellationToken);
            if (result.IsValid)
            {
                return await AgendaAsync(result.Value!.Id, organiser, problem: null, cancellationToken) ?? cards.UnknownMeeting();
            }

            errors = [.. result.Errors];
            if (ActorRefusals.Any(errors))
            {
                Audit.AuditNote.Deny();
            }
        }

        var suggestions = await meetings.SuggestInviteesAsync(municipality, values.Scope ?? string.Empty, MeetingForm.Split(values.Themes), cancellationToken) ?? [];
        var chosen = values with { Invitees = values.Invitees ?? new HashSet<string>() };
        return cards.MeetingForm(municipality, organiser, chosen, suggestions, await ColleaguesAsync(cancellationToken), errors.Select(cards.Problem).ToList(), Today);
    }

    /// <summary>The agenda card's buttons (and refresh) and the feedback card's: act as the user, answer with their card.</summary>
    internal async Task<AdaptiveCard> ActAsync(string verb, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        if (!MeetingId.TryParse(data.Get(MeetingVerbs.MeetingIdField), out var id) || id.Municipality != MunicipalityCode)
        {
            return cards.UnknownMeeting();
        }

        // Need-to-know as on the tabs (MeetingAccess): someone not involved learns nothing of it; the refusal is recorded.
        var before = await views.GetAsync(id, cancellationToken);
        if (before is null || !MeetingAccess.IsInvolved(TabUser.Of(actor, MunicipalityCode), before.Meeting))
        {
            if (before is not null)
            {
                Audit.AuditNote.Deny();
            }

            return cards.UnknownMeeting();
        }

        if (verb == MeetingVerbs.GiveFeedback)
        {
            return await GiveFeedbackAsync(id, actor, data, cancellationToken);
        }

        // Refresh changes nothing; the other verbs act first. A null result: the meeting does not exist.
        Result<Meeting>? result = verb switch
        {
            MeetingVerbs.Accept => await meetings.AnswerAsync(id, actor.Id, Rsvp.Accepted, cancellationToken),
            MeetingVerbs.Tentative => await meetings.AnswerAsync(id, actor.Id, Rsvp.Tentative, cancellationToken),
            MeetingVerbs.Decline => await meetings.AnswerAsync(id, actor.Id, Rsvp.Declined, cancellationToken),
            MeetingVerbs.RecordAttendance => await meetings.RecordAttendanceAsync(id, actor.Id, Attendees(data), cancellationToken),
            MeetingVerbs.AgreeAction => await meetings.AgreeActionAsync(
                id, actor.Id, data.Get(MeetingInputs.ActionText),
                ColleagueId.TryParse(data.Get(MeetingInputs.ActionOwner), out var owner) ? owner : null,
                DateOnly.TryParseExact(data.Get(MeetingInputs.ActionDueOn), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null,
                cancellationToken),
            MeetingVerbs.CompleteAction => await meetings.CompleteActionAsync(
                id, actor.Id, int.TryParse(data.Get(MeetingVerbs.ActionNumberField), CultureInfo.InvariantCulture, out var number) ? number : 0, cancellationToken),
            _ => null,
        };
        var problem = result is { IsValid: false } ? string.Join(" ", result.Errors.Select(problems.Reason)) : null;
        if (result is { IsValid: false } && ActorRefusals.Any(result.Errors))
        {
            Audit.AuditNote.Deny();
        }

        return await AgendaAsync(id, actor, problem, cancellationToken) ?? cards.UnknownMeeting();
    }

    private async Task<AdaptiveCard> GiveFeedbackAsync(MeetingId id, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        var result = await meetings.GiveFeedbackAsync(id, actor.Id, Score(data.Get(MeetingInputs.Usefulness)), data.Get(MeetingInputs.Remark), Parties(data), cancellationToken);
        var view = await views.GetAsync(id, cancellationToken);
        if (result is null || view is null)
        {
            return cards.UnknownMeeting();
        }

        if (!result.IsValid)
        {
            if (ActorRefusals.Any(result.Errors))
            {
                Audit.AuditNote.Deny();
            }

            return meetingCards.Feedback(view, result.Errors.Select(problems.Reason).ToList(), data.All());
        }

        // Only the aggregate: below the minimum number of answers it shows no scores and no remarks.
        var summary = await meetings.FeedbackSummaryAsync(id, cancellationToken);
        return meetingCards.FeedbackThanks(view, summary!);
    }

    private async Task<AdaptiveCard?> AgendaAsync(MeetingId id, Colleague viewer, string? problem, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(id, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var refresh = await conversations.UserIdsAsync(TeamsMeetingMessenger.RefreshFor(view.Meeting), cancellationToken);
        return meetingCards.Agenda(view, viewer, await ColleaguesAsync(cancellationToken), refresh, clock.GetUtcNow(), problem);
    }

    /// <summary>The people of the municipality (not teams): the colleagues to invite and the owners of actions.</summary>
    private async Task<IReadOnlyList<Colleague>> ColleaguesAsync(CancellationToken cancellationToken) =>
        (await colleagues.ListAsync(MunicipalityCode, cancellationToken))
            .Where(c => c.Kind == ColleagueKind.Person && !c.Id.IsTeam)
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();

    private static List<InviteeRef> Attendees(InvokeData data) =>
        data.WithPrefix(MeetingInputs.AttendeePrefix).Select(v => InviteeRef.TryParse(v, out var r) ? r : (InviteeRef?)null).OfType<InviteeRef>().ToList();

    /// <summary>The parties of a feedback meeting's card; a score left out reads as 0, which the rules refuse with a reason.</summary>
    private static List<PartyFeedback> Parties(InvokeData data)
    {
        var parties = new List<PartyFeedback>();
        for (var i = 0; MemberId.TryParse(data.Get(MeetingInputs.PartyPrefix + i.ToString(CultureInfo.InvariantCulture)), out var party); i++)
        {
            parties.Add(new PartyFeedback(
                party,
                Score(data.Get(MeetingInputs.Party(i, "contribution"))) ?? 0,
                Score(data.Get(MeetingInputs.Party(i, "role"))) ?? 0,
                Score(data.Get(MeetingInputs.Party(i, "connection"))) ?? 0,
                data.Get(MeetingInputs.Party(i, "remark"))));
        }

        return parties;
    }

    private static int? Score(string? text) => int.TryParse(text, CultureInfo.InvariantCulture, out var score) ? score : null;
}
