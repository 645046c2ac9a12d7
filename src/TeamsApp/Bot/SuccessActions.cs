using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The bot's "succes": the form lists the initiatives of the areas whose programme the user may change
/// (<see cref="ProgrammeAccess"/>, as the tab API), and its submission marks one. An initiative of another area is
/// refused as not allowed; bad input comes back on the form with the input kept, and nothing is written.
/// </summary>
public sealed class SuccessActions(SuccessService successes, INetworkStore network, BotCards cards)
{
    internal async Task<AdaptiveCard> StartAsync(Municipality municipality, Colleague actor, CancellationToken cancellationToken) =>
        cards.SuccessForm(municipality, await InitiativesAsync(municipality, actor, cancellationToken), new Dictionary<string, string>(), []);

    internal async Task<AdaptiveCard> SubmitAsync(Municipality municipality, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        var chosen = data.Get(SuccessFormInputs.Initiative);
        var area = MemberId.TryParse(chosen, out var initiative) ? municipality.FindArea(initiative.Area) : null;
        if (area is not null && !ProgrammeAccess.MayEdit(actor.Roles, actor.Districts, area))
        {
            Audit.AuditNote.Deny();
            return cards.NotAllowed();
        }

        var (story, video) = (data.Get(SuccessFormInputs.Story), data.Get(SuccessFormInputs.Video));
        var result = area is null ? null : await successes.MarkAsync(initiative, story, video, actor.Id, cancellationToken);
        if (result is { IsValid: true })
        {
            Audit.AuditNote.About("success", result.Value!.Id);
            return cards.SuccessMarked(result.Value, area!.Name);
        }

        // No such initiative (not chosen, not an id, or gone): the same reasons as the tab API's, with the rest.
        var errors = result?.Errors.ToList() ?? SuccessService.Check(story, video, out _);
        if (result is null)
        {
            errors.Add(new ValidationError(SuccessFormInputs.Initiative, chosen is null ? ValidationCodes.Required : ValidationCodes.UnknownMember, chosen ?? string.Empty));
        }

        return cards.SuccessForm(municipality, await InitiativesAsync(municipality, actor, cancellationToken), data.All(), [.. errors.Select(cards.SuccessProblem)]);
    }

    /// <summary>The initiatives of every area whose programme the user may change, by name.</summary>
    private async Task<IReadOnlyList<Initiative>> InitiativesAsync(Municipality municipality, Colleague actor, CancellationToken cancellationToken)
    {
        var found = new List<Initiative>();
        foreach (var area in municipality.Areas.Where(a => ProgrammeAccess.MayEdit(actor.Roles, actor.Districts, a)))
        {
            var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
            found.AddRange(view.Members.OfType<Initiative>().Where(i => i.Districts.Any(area.DistrictCodes.Contains)));
        }

        return [.. found.OrderBy(i => i.Name, StringComparer.CurrentCulture)];
    }
}
