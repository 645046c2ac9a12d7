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
        ReferralService referrals,
        IColleagueDirectory colleagues,
        IOptions<WijkverbinderOptions> options,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        if (!ColleagueId.TryParse(colleague, out var id))
        {
            return problems.Invalid([new ValidationError("colleague", string.IsNullOrEmpty(colleague) ? ValidationCodes.Required : ValidationCodes.InvalidFormat)]);
        }

        // Someone not (or no longer) in the directory still sees what is addressed to their id.
        var who = await colleagues.GetAsync(options.Value.MunicipalityCode, id, cancellationToken)
            ?? new Colleague { Id = id, Kind = ColleagueKind.Person, Name = id.Value, Mail = string.Empty, Roles = [], Districts = [] };
        var mine = await referrals.ListMineAsync(options.Value.MunicipalityCode, who, cancellationToken);
        return Results.Ok(new MyReferralsResponse(
            mine.ToHandle.Select(r => ReferralResponses.Referral(r)).ToList(),
            mine.Sent.Select(r => ReferralResponses.Referral(r)).ToList()));
    }
}
