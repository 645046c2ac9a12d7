using Wijkverbinder.Protocol.Schema;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Commands typed in a message.</summary>
public sealed partial class WijkverbinderBot
{
    private async Task<AdaptiveCard> AnswerAsync(BotCommand command, Activity activity, CancellationToken cancellationToken)
    {
        if (command.Kind is BotCommandKind.Help)
        {
            return cards.Help();
        }

        if (command.Kind is BotCommandKind.Unknown)
        {
            return cards.Help(unknownCommand: command.Word);
        }

        var municipality = await MunicipalityAsync(cancellationToken);
        if (municipality is null)
        {
            return cards.NoMunicipality();
        }

        if (command.Kind is BotCommandKind.Refer or BotCommandKind.MyReferrals)
        {
            return await AnswerReferralCommandAsync(command.Kind, municipality, activity, cancellationToken);
        }

        if (command.Kind is BotCommandKind.RequestBudget)
        {
            return await AnswerBudgetCommandAsync(municipality, activity, cancellationToken);
        }

        if (command.Kind is BotCommandKind.MarkSuccess or BotCommandKind.RequestBooking or BotCommandKind.RequestBoardAccess)
        {
            return await AnswerProgrammeFormCommandAsync(command.Kind, municipality, activity, cancellationToken);
        }

        if (command.Kind is BotCommandKind.PlanMeeting)
        {
            return await AnswerMeetingCommandAsync(municipality, activity, cancellationToken);
        }

        // The same user and role rules as the buttons (and the tabs).
        var (actor, refusal) = await ActorAsync(activity, BotAccess.Of(command.Kind), cancellationToken);
        if (actor is null)
        {
            return refusal!;
        }

        if (command.Kind is BotCommandKind.Consent)
        {
            return await consentActions.ShowAsync(municipality, actor, cancellationToken);
        }

        var district = FindDistrict(municipality, command.Argument);
        if (command.Kind is BotCommandKind.DistrictSummary && district is not null && !actor.Districts.Contains(district.Code))
        {
            Audit.AuditNote.Deny();
            return cards.NotAllowed();
        }

        return command.Kind switch
        {
            BotCommandKind.RegisterInitiative => cards.RegisterForm(municipality, Cards.RegisterValues.Empty with { District = district?.Code }, []),
            BotCommandKind.Find => cards.FindForm(municipality, district?.Code),
            _ when district is not null => cards.Summary(district, NetworkSummary.Of(await network.GetDistrictNetworkAsync(district, cancellationToken), Today)),
            _ => cards.SummaryForm(municipality, unknownDistrict: command.Argument.Length == 0 ? null : command.Argument),
        };
    }

    /// <summary>A district named by its CBS code or its name (any case); null when the text names none.</summary>
    private static District? FindDistrict(Municipality municipality, string text) =>
        text.Length == 0
            ? null
            : municipality.Districts.FirstOrDefault(d => string.Equals(d.Code, text, StringComparison.OrdinalIgnoreCase))
              ?? municipality.Districts.FirstOrDefault(d => string.Equals(d.Name, text, StringComparison.OrdinalIgnoreCase));
}
