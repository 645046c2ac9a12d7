using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// A notification that must go out because of one event: written in the same transaction as the event (the outbox),
/// relayed to a queue and dispatched once. <see cref="Id"/> is deterministic, so a redelivery is recognised.
/// </summary>
public sealed record Notification(
    ReferralId Referral,
    int EventSequence,
    NotificationChannel Channel,
    ColleagueId Recipient,
    NotificationPurpose Purpose)
{
    /// <summary>Unique per referral, event, channel and recipient, and safe in a table key and a mail header.</summary>
    public string Id => $"{Referral.Municipality}.{Referral.Local}.{EventSequence}.{Channel}.{Recipient.Value}".ToLowerInvariant();
}
