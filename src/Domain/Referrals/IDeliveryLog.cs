namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// Remembers what happened to each notification so a redelivered queue message sends nothing twice. The claim is
/// written before the send: a claim found at <see cref="DeliveryState.Sending"/> means an earlier attempt may have
/// sent it and crashed before recording that.
/// </summary>
public interface IDeliveryLog
{
    Task<Delivery?> GetAsync(string municipality, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the delivery for this attempt and returns what the log held before (null: never tried). A final entry
    /// (Sent or Skipped) is returned unchanged and not claimed. Two attempts claiming at once: one throws
    /// <see cref="Network.VersionConflictException"/>, so its message is retried later.
    /// </summary>
    Task<Delivery?> ClaimAsync(string municipality, string key, CancellationToken cancellationToken);

    Task MarkSentAsync(string municipality, string key, string? activityId, CancellationToken cancellationToken);

    Task MarkSkippedAsync(string municipality, string key, string reason, CancellationToken cancellationToken);
}
