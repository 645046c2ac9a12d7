namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>
/// A clock the demo seed sets to the moment each step of a made-up meeting happened, so the past meetings go through
/// the same rules as real ones (planned before they start, attendance after).
/// </summary>
internal sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
