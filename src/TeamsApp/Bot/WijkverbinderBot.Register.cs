using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Registering an initiative from the card form, with its initiator.</summary>
public sealed partial class WijkverbinderBot
{
    private async Task<AdaptiveCard> RegisterAsync(Municipality municipality, InvokeData data, CancellationToken cancellationToken)
    {
        var values = new RegisterValues(
            data.Get(BotInputs.Name), data.Get(BotInputs.District), data.Get(BotInputs.Themes), data.Get(BotInputs.Initiator), data.Get(BotInputs.Description));
        var districts = values.District is null ? Array.Empty<string>() : [values.District];
        var themes = data.GetList(BotInputs.Themes);
        var draft = new Initiative
        {
            Id = default, Name = values.Name ?? string.Empty, Districts = districts, Themes = themes, JoinedOn = Today,
            Description = values.Description,
        };
        var initiator = values.Initiator is null
            ? null
            : new Person { Id = default, Name = values.Initiator, Districts = districts, Themes = themes, JoinedOn = Today, Roles = [PersonRole.Initiator] };

        // The initiator's name is checked before anything is written, so a refusal leaves nothing half done.
        var initiatorErrors = initiator is null
            ? []
            : new MemberValidator(clock).Validate(initiator, municipality).Errors
                .Where(e => e.Field == "name")
                .Select(e => e with { Field = BotInputs.Initiator })
                .ToList();
        var created = await registry.CreateMemberAsync(draft, [], cancellationToken, initiatorErrors);
        if (!created.IsValid)
        {
            return cards.RegisterForm(municipality, values, created.Errors.Select(cards.Problem).ToList());
        }

        var initiative = (Initiative)created.Value!.Member;
        if (initiator is not null)
        {
            var tie = new TieInput(initiative.Id.ToString(), TieType.MemberOf, Today, Today);
            var person = await registry.CreateMemberAsync(initiator, [tie], cancellationToken);
            if (!person.IsValid)
            {
                LogInitiatorRefused(logger, string.Join(", ", person.Errors.Select(e => $"{e.Field}:{e.Code}")));
            }
        }

        return cards.Registered(initiative, municipality.FindDistrict(initiative.Districts[0])!);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The initiator of a registered initiative was refused: {Reasons}.")]
    private static partial void LogInitiatorRefused(ILogger logger, string reasons);
}
