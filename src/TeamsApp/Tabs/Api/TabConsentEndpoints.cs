using System.Globalization;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>
/// The signed-in user's own opt-in to show their contact details (their entries in the network, found by their work
/// mail), and its withdrawal: the same rules as the bot's "toestemming" card, through <see cref="ContactConsentService"/>.
/// </summary>
internal static class TabConsentEndpoints
{
    public static void MapTabConsent(this RouteGroupBuilder api)
    {
        // A colleague without a role may manage their own consent too (Capability.ManageOwnConsent).
        var ownConsent = new TabCapability(Capability.ManageOwnConsent);
        api.MapGet("/consent", Mine).WithMetadata(ownConsent);
        api.MapPut("/consent/{memberId}", Set)
            .WithMetadata(ownConsent, new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes));
    }

    private static async Task<IResult> Mine(
        HttpContext context, ContactConsentService consent, IColleagueDirectory colleagues, INetworkStore network, IOptions<WijkverbinderOptions> options, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (municipality, colleague) = await WhoAsync(context, colleagues, network, options, cancellationToken);
        if (municipality is null || colleague is null)
        {
            return problems.Forbidden();
        }

        var mine = await consent.ListMineAsync(municipality, colleague.Mail, cancellationToken);
        return Results.Ok(mine.Select(p => Entry(municipality, p)).ToList());
    }

    private static async Task<IResult> Set(
        string memberId,
        ConsentChoiceRequest? request,
        HttpContext context,
        ContactConsentService consent,
        IColleagueDirectory colleagues,
        INetworkStore network,
        IOptions<WijkverbinderOptions> options,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (!MemberId.TryParse(memberId, out var id))
        {
            errors.Add(new("memberId", ValidationCodes.InvalidFormat));
        }

        if (request?.Show is null)
        {
            errors.Add(new("show", ValidationCodes.Required));
        }

        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var (municipality, colleague) = await WhoAsync(context, colleagues, network, options, cancellationToken);
        if (municipality is null || colleague is null)
        {
            return problems.Forbidden();
        }

        var result = await consent.SetAsync(municipality, colleague.Mail, id, request!.Show!.Value, cancellationToken);
        return result switch
        {
            null => problems.NotFound(),
            { IsValid: false } => problems.ForbiddenBecause(result.Errors),
            _ => Results.Ok(Entry(municipality, result.Value!)),
        };
    }

    private static async Task<(Municipality? Municipality, Colleague? Colleague)> WhoAsync(
        HttpContext context, IColleagueDirectory colleagues, INetworkStore network, IOptions<WijkverbinderOptions> options, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var code = options.Value.MunicipalityCode;
        return (await network.GetMunicipalityAsync(code, cancellationToken), await colleagues.GetAsync(code, user.Id, cancellationToken));
    }

    private static ConsentEntryResponse Entry(Municipality municipality, Person person) => new(
        person.Id.ToString(),
        person.Name,
        municipality.FindArea(person.Id.Area)?.Name ?? person.Id.Area.ToString(),
        person.ShowContactDetails,
        person.ConsentRecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
