using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Bot.Cards;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// "Toestemming" in the bot: the Teams user sees their own entries in the network (found by their work mail from the
/// colleague directory) and gives or withdraws the opt-in to show their contact details. Every answer is the card that
/// replaces the pressed one.
/// </summary>
public sealed class ConsentActions(
    ContactConsentService consent,
    BotCards cards,
    ApiProblems problems,
    IStringLocalizer<BotTexts> text)
{
    internal async Task<AdaptiveCard> ShowAsync(Municipality municipality, Colleague colleague, CancellationToken cancellationToken) =>
        cards.Consent(municipality, await consent.ListMineAsync(municipality, colleague.Mail, cancellationToken));

    internal async Task<AdaptiveCard> SetAsync(Municipality municipality, Colleague colleague, InvokeData data, bool show, CancellationToken cancellationToken)
    {
        var result = MemberId.TryParse(data.Get(BotInputs.Member), out var id)
            ? await consent.SetAsync(municipality, colleague.Mail, id, show, cancellationToken)
            : null;
        if (result is { IsValid: false } && ActorRefusals.Any(result.Errors))
        {
            Audit.AuditNote.Deny();
        }

        var mine = await consent.ListMineAsync(municipality, colleague.Mail, cancellationToken);
        return result switch
        {
            null => cards.Consent(municipality, mine, problems: [text["Consent.Unknown"]]),
            { IsValid: false } => cards.Consent(municipality, mine, problems: [.. result.Errors.Select(problems.Reason)]),
            _ => cards.Consent(municipality, mine, outcome: text[show ? "Consent.Given" : "Consent.Withdrawn", result.Value!.Name]),
        };
    }
}
