using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>What one send came to: Sent (with the Teams activity id of a card) or Skipped with a reason code.</summary>
public sealed record SendOutcome(DeliveryState State, string? ActivityId = null, string? Reason = null)
{
    public static SendOutcome Sent(string? activityId = null) => new(DeliveryState.Sent, activityId);

    public static SendOutcome Skipped(string reason) => new(DeliveryState.Skipped, null, reason);
}
