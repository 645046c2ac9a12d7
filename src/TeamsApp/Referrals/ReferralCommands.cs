using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>Write handlers for referrals: refer, and the receiver's and referrer's actions.</summary>
internal static class ReferralCommands
{
    public static async Task<IResult> Create(
        ReferralRequest? request,
        HttpContext context,
        ReferralService referrals,
        INetworkStore network,
        IOptions<WijkverbinderOptions> options,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var actor = ActorHeader.Read(context, errors);
        if (request is null)
        {
            errors.Add(new("body", ValidationCodes.Required));
        }

        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var municipality = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        if (municipality is null)
        {
            return problems.Invalid([new ValidationError("municipality", ValidationCodes.UnknownMunicipality, options.Value.MunicipalityCode)]);
        }

        var (draft, inputErrors) = ReferralRequestReader.Read(request!);
        var result = await referrals.CreateAsync(municipality, draft, actor!.Value, cancellationToken, inputErrors);
        if (result.IsValid)
        {
            return Results.CreatedAtRoute("GetReferral", new { id = result.Value!.Id.ToString() }, ReferralResponses.Referral(result.Value));
        }

        // Referring outside one's districts is a refusal (403); an actor header naming nobody stays a bad request.
        return result.Errors.Any(e => e.Code == ValidationCodes.OutsideYourDistricts) ? problems.ForbiddenBecause(result.Errors) : problems.Invalid(result.Errors);
    }

    /// <summary>One handler per action, in the address: accept, decline, forward, request-information, provide-information, complete.</summary>
    public static async Task<IResult> Act(
        string id,
        string action,
        ReferralActionRequest? request,
        HttpContext context,
        ReferralService referrals,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var actor = ActorHeader.Read(context, errors);
        if (!ReferralId.TryParse(id, out var referralId))
        {
            errors.Add(new("id", ValidationCodes.InvalidFormat));
        }

        var body = request ?? new ReferralActionRequest();
        var to = ReferralRequestReader.Colleague(body.To, "to", errors);
        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var by = actor!.Value;
        var result = action switch
        {
            "accept" => await referrals.AcceptAsync(referralId, by, cancellationToken),
            "decline" => await referrals.DeclineAsync(referralId, by, body.Reason, cancellationToken),
            "forward" => await referrals.ForwardAsync(referralId, by, to, body.Note, cancellationToken),
            "request-information" => await referrals.RequestInformationAsync(referralId, by, body.Question, cancellationToken),
            "provide-information" => await referrals.ProvideInformationAsync(referralId, by, body.Answer, cancellationToken),
            "complete" => await referrals.CompleteAsync(referralId, by, body.Outcome, cancellationToken),
            _ => null,
        };
        return result switch
        {
            null => problems.NotFound(),
            { IsValid: true } => Results.Ok(ReferralResponses.Referral(result.Value!)),
            _ => Refused(result.Errors, problems),
        };
    }

    /// <summary>Actions the actor may not take are 403, actions the state does not allow 409, wrong input 400.</summary>
    private static IResult Refused(IReadOnlyList<ValidationError> errors, ApiProblems problems)
    {
        if (ActorRefusals.Any(errors))
        {
            return problems.ForbiddenBecause(errors);
        }

        return errors.Any(e => e.Code is ValidationCodes.NotAllowedNow or ValidationCodes.ChangedMeanwhile)
            ? problems.NotAllowed(errors)
            : problems.Invalid(errors);
    }
}
