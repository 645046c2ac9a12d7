using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>
/// The signed-in user's referrals on the tab API: their lists, one referral they are involved in (need-to-know: as
/// referrer, receiver, or for a team they belong to), and the actions, which the domain allows or refuses as on a card.
/// </summary>
internal static class TabReferralEndpoints
{
    public static void MapTabReferrals(this RouteGroupBuilder api)
    {
        api.MapGet("/referrals", Mine);
        api.MapGet("/referrals/{id}", Get);
        api.MapPost("/referrals/{id}/{action:regex(^(accept|decline|forward|request-information|provide-information|complete)$)}", ReferralCommands.Act)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes));
    }

    private static async Task<IResult> Mine(
        HttpContext context,
        ReferralService referrals,
        IColleagueDirectory colleagues,
        IOptions<WijkverbinderOptions> options,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var colleague = await colleagues.GetAsync(options.Value.MunicipalityCode, user.Id, cancellationToken);
        if (colleague is null)
        {
            return problems.Forbidden();
        }

        var mine = await referrals.ListMineAsync(options.Value.MunicipalityCode, colleague, cancellationToken);
        return Results.Ok(new MyReferralsResponse(
            mine.ToHandle.Select(r => ReferralResponses.Referral(r)).ToList(),
            mine.Sent.Select(r => ReferralResponses.Referral(r)).ToList()));
    }

    private static async Task<IResult> Get(string id, HttpContext context, IReferralStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!ReferralId.TryParse(id, out var referralId))
        {
            return problems.Invalid([new ValidationError("id", ValidationCodes.InvalidFormat)]);
        }

        var user = TabApiUser.Get(context);
        var record = await store.GetAsync(referralId, cancellationToken);

        // Someone not involved learns nothing, not even that the referral exists; the audit log records the refusal.
        if (record is not null && ReferralInvolvement.Includes(record, user.ActsFor))
        {
            return Results.Ok(ReferralResponses.Referral(record.Referral, record.History));
        }

        if (record is not null)
        {
            Audit.AuditNote.Deny();
        }

        return problems.NotFound();
    }
}
