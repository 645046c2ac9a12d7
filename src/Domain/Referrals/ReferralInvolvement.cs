using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// Need-to-know for one referral, the same on the tabs and in the bot: its referrer (or their team), its receiver,
/// and anyone who received it before a forward. Anyone else learns nothing of it, not even that it exists.
/// </summary>
public static class ReferralInvolvement
{
    /// <param name="actsFor">Whether the user may act for a colleague id: themselves or a team they belong to.</param>
    public static bool Includes(ReferralRecord record, Func<ColleagueId, bool> actsFor)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(actsFor);
        var referral = record.Referral;
        return actsFor(referral.Receiver)
            || actsFor(referral.Referrer)
            || (referral.ReferrerTeam is { } team && actsFor(team))
            || record.History.Any(e => e.Receiver is { } earlier && actsFor(earlier));
    }
}
