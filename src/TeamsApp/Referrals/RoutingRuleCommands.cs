using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>The administrator's routing rules: list, add or replace, delete. A rule must name real things.</summary>
internal static class RoutingRuleCommands
{
    public static async Task<IResult> List(string code, INetworkStore network, IRoutingRuleStore routing, ApiProblems problems, CancellationToken cancellationToken) =>
        await network.GetMunicipalityAsync(code, cancellationToken) is null
            ? problems.NotFound()
            : Results.Ok((await routing.ListAsync(code, cancellationToken)).OrderBy(r => r.Theme).ThenBy(r => r.Scope).Select(ReferralResponses.Rule));

    public static async Task<IResult> Save(
        string code,
        RoutingRuleRequest? request,
        INetworkStore network,
        IRoutingRuleStore routing,
        IColleagueDirectory colleagues,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(code, cancellationToken);
        if (municipality is null)
        {
            return problems.NotFound();
        }

        if (request is null)
        {
            return problems.Invalid([new ValidationError("body", ValidationCodes.Required)]);
        }

        var errors = new List<ValidationError>();
        var receiver = ReferralRequestReader.Colleague(request.Receiver, "receiver", errors);
        if (receiver is null && string.IsNullOrWhiteSpace(request.Receiver))
        {
            errors.Add(new("receiver", ValidationCodes.Required));
        }

        var known = receiver is { } id ? await colleagues.GetAsync(code, id, cancellationToken) : null;
        errors.AddRange(RoutingRuleValidator.Validate(municipality, request.Theme, request.Scope, receiver, known));
        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var rule = new RoutingRule(request.Theme!, request.Scope!, receiver!.Value);
        await routing.SaveAsync(code, rule, cancellationToken);
        return Results.Ok(ReferralResponses.Rule(rule));
    }

    public static async Task<IResult> Delete(string code, string theme, string scope, IRoutingRuleStore routing, ApiProblems problems, CancellationToken cancellationToken) =>
        await routing.DeleteAsync(code, theme, scope, cancellationToken) ? Results.NoContent() : problems.NotFound();
}
