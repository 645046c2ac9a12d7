namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// What one action writes, all in one entity-group transaction: the referral as it is now, the event for its history,
/// and the notifications that event causes. <see cref="Referral.Version"/> of <see cref="Before"/> guards the write.
/// </summary>
public sealed record ReferralChange(Referral? Before, Referral After, ReferralEvent Event, IReadOnlyList<Notification> Notifications);
