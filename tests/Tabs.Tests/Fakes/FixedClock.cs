namespace Wijkverbinder.Tabs.Tests.Fakes;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
