using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Meetings: the command "bijeenkomst", the plan form's buttons, and every meeting.* button of the agenda and feedback cards.</summary>
public sealed partial class WijkverbinderBot
{
    private static bool IsMeetingVerb(string? verb) =>
        verb?.StartsWith(MeetingVerbs.Prefix, StringComparison.Ordinal) == true || verb?.StartsWith("meetingPlan.", StringComparison.Ordinal) == true;

    private async Task<AdaptiveCard> AnswerMeetingCommandAsync(Municipality municipality, Activity activity, CancellationToken cancellationToken)
    {
        var (organiser, refusal) = await ActorAsync(activity, BotAccess.Of(BotCommandKind.PlanMeeting), cancellationToken);
        if (organiser is null)
        {
            return refusal!;
        }

        // The organiser gets the refreshed agenda card and later cards here, even if the install event was missed.
        await RememberAsync(activity, cancellationToken);
        return await meetingActions.StartAsync(municipality, organiser, cancellationToken);
    }

    private async Task<AdaptiveCard> OnMeetingActionAsync(string verb, InvokeData data, Municipality municipality, Domain.Colleagues.Colleague actor, Activity activity, CancellationToken cancellationToken) => verb switch
        {
            BotVerbs.ShowMeetingForm => await meetingActions.StartAsync(municipality, actor, cancellationToken),
            BotVerbs.SuggestInvitees => await meetingActions.SuggestAsync(municipality, actor, data, cancellationToken),
            BotVerbs.PlanMeeting => await RememberThenAsync(activity, () => meetingActions.PlanAsync(municipality, actor, data, cancellationToken), cancellationToken),
            _ => await meetingActions.ActAsync(verb, actor, data, cancellationToken),
        };
}
