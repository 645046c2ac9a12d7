using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Referrals;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The bot's "bestuur": the short form of a request for access to the board, sent through
/// <see cref="BoardAccessService"/> as the tab API does. Only a district the user works in may be chosen (the domain's
/// rule; the bot refuses a forged choice first, as not allowed); bad input comes back on the form, nothing written.
/// </summary>
public sealed class BoardAccessActions(BoardAccessService board, IColleagueDirectory colleagues, Cards.BotCards cards, IOptions<BudgetOptions> options)
{
    internal AdaptiveCard Start(Municipality municipality, Colleague actor) => cards.BoardAccessForm(municipality, actor, new Dictionary<string, string>(), []);

    internal async Task<AdaptiveCard> SubmitAsync(Municipality municipality, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        // The wijkteam member asks for the residents; their wijkteam stays involved with them, as with budget requests.
        var team = actor.Teams.FirstOrDefault();
        var draft = new BoardAccessDraft
        {
            What = data.Get(Cards.BoardAccessFormInputs.What),
            District = data.Get(Cards.BotInputs.District),
            Theme = data.Get(Cards.BotInputs.Theme),
            PreferredPeriod = data.Get(Cards.BoardAccessFormInputs.PreferredPeriod),
            FromTheBoard = data.Get(Cards.BoardAccessFormInputs.FromTheBoard),
            ReferrerTeam = team.Value is null ? null : team,
        };
        var official = ReferralRequestReader.Colleague(options.Value.BoardOfficial, "boardOfficial", []);
        var result = await board.SubmitAsync(municipality, draft, actor.Id, official, cancellationToken);
        if (!result.IsValid)
        {
            if (Domain.Validation.ActorRefusals.Any(result.Errors))
            {
                Audit.AuditNote.Deny();
            }

            return cards.BoardAccessForm(municipality, actor, data.All(), [.. result.Errors.Select(cards.BoardAccessProblem)]);
        }

        Audit.AuditNote.About("referral", result.Value!.Id.ToString());
        var receiver = await colleagues.GetAsync(municipality.Code, result.Value.Receiver, cancellationToken);
        return cards.BoardAccessSent(result.Value, receiver?.Name ?? result.Value.Receiver.Value);
    }
}
