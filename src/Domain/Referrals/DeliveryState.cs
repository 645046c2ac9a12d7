namespace Wijkverbinder.Domain.Referrals;

/// <summary>Where one notification (or digest) is on its way out.</summary>
public enum DeliveryState
{
    /// <summary>Claimed: an attempt is sending it now, or crashed while sending (then it may have gone out).</summary>
    Sending,

    /// <summary>Delivered; a redelivered queue message sends nothing.</summary>
    Sent,

    /// <summary>Not delivered on purpose (no conversation, blocked, unknown recipient); never retried.</summary>
    Skipped,
}
