using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Referrals: the commands "verwijs" and "mijn", and every referral.* card button (see <see cref="ReferralActions"/>).</summary>
public sealed partial class WijkverbinderBot
{
    private static bool IsReferralVerb(string? verb) => verb?.StartsWith("referral.", StringComparison.Ordinal) == true;

    private async Task<AdaptiveCard> AnswerReferralCommandAsync(BotCommandKind kind, Municipality municipality, Activity activity, CancellationToken cancellationToken)
    {
        var (actor, refusal) = await ActorAsync(activity, BotAccess.Of(kind), cancellationToken);
        if (actor is null)
        {
            return refusal!;
        }

        // Whoever refers or follows referrals here gets their updates here, even if the install event was missed.
        await RememberAsync(activity, cancellationToken);
        return kind == BotCommandKind.Refer
            ? cards.ReferStart(municipality)
            : await referralActions.MineAsync(actor, cancellationToken);
    }

    private async Task<AdaptiveCard> OnReferralActionAsync(string verb, InvokeData data, Municipality municipality, Domain.Colleagues.Colleague actor, Activity activity, CancellationToken cancellationToken) => verb switch
        {
            BotVerbs.ShowReferStart or BotVerbs.ShowReferForm => await referralActions.StartAsync(municipality, actor, data, cancellationToken),
            BotVerbs.Refer => await RememberThenAsync(activity, () => referralActions.ReferAsync(municipality, actor, data, cancellationToken), cancellationToken),
            BotVerbs.ShowMine => await referralActions.MineAsync(actor, cancellationToken),
            _ => await referralActions.ActAsync(verb, actor, data, cancellationToken),
        };

    private async Task<AdaptiveCard> RememberThenAsync(Activity activity, Func<Task<AdaptiveCard>> next, CancellationToken cancellationToken)
    {
        await RememberAsync(activity, cancellationToken);
        return await next();
    }
}
