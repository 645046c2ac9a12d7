namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>Section "Jobs". RunInProcess: the TeamsApp works the queue and runs the timers itself (locally, no Functions host).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public bool RunInProcess { get; set; }

    /// <summary>
    /// Relays the outbox to the queue right after each save (default on, in every environment). Test hosts that share
    /// one Azurite turn it off so they leave the shared queue to the tests that dispatch.
    /// </summary>
    public bool RelayOutbox { get; set; } = true;

    /// <summary>Rebuilds the dashboards of changed areas within seconds of the change (default on, in every environment).</summary>
    public bool RefreshDashboards { get; set; } = true;

    /// <summary>How long the dashboard rebuild waits after a change, so a burst of changes is rebuilt once.</summary>
    public TimeSpan DashboardDebounce { get; set; } = TimeSpan.FromSeconds(2);
}
