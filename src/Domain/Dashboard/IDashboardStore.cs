namespace Wijkverbinder.Domain.Dashboard;

/// <summary>Where the precomputed snapshots are kept; reading one is a single storage request.</summary>
public interface IDashboardStore
{
    Task<DashboardSnapshot?> GetAsync(DashboardScope scope, CancellationToken cancellationToken);

    /// <summary>Replaces the scope's snapshot.</summary>
    Task SaveAsync(DashboardScope scope, DashboardSnapshot snapshot, CancellationToken cancellationToken);
}
