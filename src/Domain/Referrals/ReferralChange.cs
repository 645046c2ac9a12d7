using Wijkverbinder.Domain.Budget;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// What one action writes, all in one entity-group transaction: the referral as it is now, the event for its history,
/// and the notifications that event causes. <see cref="Referral.Version"/> of <see cref="Before"/> guards the write.
/// A budget decision or spending also carries the area's budget ledger after it (<see cref="Ledger"/>), guarded by
/// the ledger version it was read at, so two grants for the last euros cannot both be written.
/// </summary>
public sealed record ReferralChange(Referral? Before, Referral After, ReferralEvent Event, IReadOnlyList<Notification> Notifications)
{
    public AreaBudget? Ledger { get; init; }
}
