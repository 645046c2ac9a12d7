using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Aanjaagbudget: the command "aanjaagbudget" and every budget.* card button (see <see cref="BudgetActions"/>).</summary>
public sealed partial class WijkverbinderBot
{
    private static bool IsBudgetVerb(string? verb) => verb?.StartsWith("budget.", StringComparison.Ordinal) == true;

    private async Task<AdaptiveCard> AnswerBudgetCommandAsync(Municipality municipality, Activity activity, CancellationToken cancellationToken)
    {
        // A request for budget is routed like a referral: the same role rule as referring (BotAccess).
        var (requester, refusal) = await ActorAsync(activity, BotAccess.Of(BotCommandKind.RequestBudget), cancellationToken);
        if (requester is null)
        {
            return refusal!;
        }

        // The decision comes back here as a card, even if the install event was missed.
        await RememberAsync(activity, cancellationToken);
        return budgetActions.Start(municipality, requester);
    }

    private async Task<AdaptiveCard> OnBudgetActionAsync(string verb, InvokeData data, Municipality municipality, Activity activity, CancellationToken cancellationToken)
    {
        var actor = await referralActions.ColleagueAsync(activity.From?.AadObjectId, cancellationToken);
        if (actor is null)
        {
            Audit.AuditNote.Deny();
            return cards.NotAColleague();
        }

        return verb switch
        {
            BotVerbs.ShowBudgetForm => budgetActions.Start(municipality, actor),
            BotVerbs.SubmitBudget => await RememberThenAsync(activity, () => budgetActions.SubmitAsync(municipality, actor, data, cancellationToken), cancellationToken),
            BotVerbs.GrantBudget or BotVerbs.DeclineBudget => await budgetActions.DecideAsync(municipality, verb, actor, data, cancellationToken),
            Notifications.Cards.ReferralVerbs.Assess => await budgetActions.AssessAsync(municipality, actor, data, [], AssessmentValues.Empty, cancellationToken),
            _ => cards.UnknownAction(),
        };
    }
}
