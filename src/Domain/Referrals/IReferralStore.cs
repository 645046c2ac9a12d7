using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// Where referrals are kept. Every change is written with its history event and its notifications (the outbox) at
/// once or not at all; a change based on a stale version is refused with <see cref="Network.VersionConflictException"/>.
/// </summary>
public interface IReferralStore
{
    /// <summary>The referral with its history, in one read; null when it does not exist.</summary>
    Task<ReferralRecord?> GetAsync(ReferralId id, CancellationToken cancellationToken);

    /// <summary>Writes a change (a new referral when <see cref="ReferralChange.Before"/> is null) and returns the referral with its new version.</summary>
    Task<Referral> SaveAsync(ReferralChange change, CancellationToken cancellationToken);

    /// <summary>The referrals a colleague (or team) sent or must handle, open ones and those closed in the last <paramref name="closedWithin"/>.</summary>
    Task<IReadOnlyList<Referral>> ListForColleagueAsync(string municipality, ColleagueId colleague, TimeSpan closedWithin, CancellationToken cancellationToken);

    /// <summary>All open referrals of a municipality (for reminders, escalation and digests).</summary>
    Task<IReadOnlyList<Referral>> ListOpenAsync(string municipality, CancellationToken cancellationToken);

    /// <summary>The municipality's referrals created at or after <paramref name="since"/>, each with its history (for the dashboards).</summary>
    Task<IReadOnlyList<ReferralRecord>> ListWithHistorySinceAsync(string municipality, DateTimeOffset since, CancellationToken cancellationToken);
}
