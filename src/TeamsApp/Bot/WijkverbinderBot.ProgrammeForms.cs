using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The wijkprogramma's forms: the commands "succes", "reserveer" and "bestuur" and their submit buttons
/// (<see cref="SuccessActions"/>, <see cref="BookingRequestActions"/>, <see cref="BoardAccessActions"/>). The role is
/// checked before (<see cref="BotAccess"/>); the area or district of what is chosen by the actions.
/// </summary>
public sealed partial class WijkverbinderBot
{
    private static bool IsProgrammeFormVerb(string? verb) => verb is BotVerbs.MarkSuccess or BotVerbs.RequestBooking or BotVerbs.RequestBoardAccess;

    private async Task<AdaptiveCard> AnswerProgrammeFormCommandAsync(BotCommandKind kind, Municipality municipality, Activity activity, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await ActorAsync(activity, BotAccess.Of(kind), cancellationToken);
        if (actor is null)
        {
            return refusal!;
        }

        return kind switch
        {
            BotCommandKind.MarkSuccess => await successActions.StartAsync(municipality, actor, cancellationToken),
            BotCommandKind.RequestBooking => await bookingRequestActions.StartAsync(municipality, actor, cancellationToken),
            _ => boardAccessActions.Start(municipality, actor),
        };
    }

    private async Task<AdaptiveCard> OnProgrammeFormActionAsync(string verb, InvokeData data, Municipality municipality, Domain.Colleagues.Colleague actor, Activity activity, CancellationToken cancellationToken) => verb switch
    {
        BotVerbs.MarkSuccess => await successActions.SubmitAsync(municipality, actor, data, cancellationToken),

        // The approver's answer and the official's updates come back here as cards, even if the install event was missed.
        BotVerbs.RequestBooking => await RememberThenAsync(activity, () => bookingRequestActions.SubmitAsync(municipality, actor, data, cancellationToken), cancellationToken),
        _ => await RememberThenAsync(activity, () => boardAccessActions.SubmitAsync(municipality, actor, data, cancellationToken), cancellationToken),
    };
}
