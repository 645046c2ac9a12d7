namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// A municipality's own SLAs (reference data the administrator edits). Implementations refuse a save based on an
/// outdated <see cref="StoredSla.Version"/> with <see cref="Network.VersionConflictException"/>.
/// </summary>
public interface IReferralSlaStore
{
    /// <summary>The stored SLAs; null when the municipality has not set any (then the defaults apply).</summary>
    Task<StoredSla?> GetAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="sla"/> if the stored SLAs are still at <paramref name="version"/> (null: none stored yet).
    /// Validate first (<see cref="ReferralSla.Validate"/>): the store writes what it is given.
    /// </summary>
    Task<StoredSla> SaveAsync(string municipality, ReferralSla sla, string? version, CancellationToken cancellationToken);
}
