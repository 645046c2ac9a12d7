using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>Read handlers: one referral with its history, and a colleague's referrals.</summary>
internal static class ReferralQueries
{
    /// <summary>Closed referrals stay in "my referrals" this long.</summary>
    public static readonly TimeSpan ClosedVisibleFor = TimeSpan.FromDays(30);

    public static async Task<IResult> Get(string id, IReferralStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!ReferralId.TryParse(id, out var referralId))
        {
            return problems.Invalid([new ValidationError("id", ValidationCodes.InvalidFormat)]);
        }

        return await store.GetAsync(referralId, cancellationToken) is { } record
            ? Results.Ok(ReferralResponses.Referral(record.Referral, record.History))
            : problems.NotFound();
    }

    /// <summary>What the colleague (and their teams) must handle, and what they sent; open first, then by due date.</summary>
    public static async Task<IResult> ForColleague(
        string? colleague,
        IReferralStore store,
        IColleagueDirectory colleagues,
        IOptions<WijkverbinderOptions> options,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        if (!ColleagueId.TryParse(colleague, out var id))
        {
            return problems.Invalid([new ValidationError("colleague", string.IsNullOrEmpty(colleague) ? ValidationCodes.Required : ValidationCodes.InvalidFormat)]);
        }

        var municipality = options.Value.MunicipalityCode;
        var who = await colleagues.GetAsync(municipality, id, cancellationToken);
        var ids = new List<ColleagueId> { id };
        ids.AddRange(who?.Teams ?? []);

        var found = new Dictionary<ReferralId, Referral>();
        foreach (var each in ids)
        {
            foreach (var referral in await store.ListForColleagueAsync(municipality, each, ClosedVisibleFor, cancellationToken))
            {
                found[referral.Id] = referral;
            }
        }

        var ordered = found.Values.OrderByDescending(r => r.IsOpen).ThenBy(r => r.DueDate).ToList();
        var toHandle = ordered.Where(r => ids.Contains(r.Receiver)).Select(r => ReferralResponses.Referral(r)).ToList();
        var sent = ordered.Where(r => r.Referrer == id || (r.ReferrerTeam is { } t && ids.Contains(t))).Select(r => ReferralResponses.Referral(r)).ToList();
        return Results.Ok(new MyReferralsResponse(toHandle, sent));
    }
}
