namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>Section "Jobs". RunInProcess: the TeamsApp works the queue and runs the timers itself (locally, no Functions host).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public bool RunInProcess { get; set; }
}
