namespace Wijkverbinder.Protocol.Connector;

public sealed partial class TeamsRateLimiter
{
    /// <summary>One conversation (or the app): its permit log, a gate so its waiters go one at a time, and who holds it.</summary>
    private sealed class Lane(PermitLog log)
    {
        public PermitLog Log { get; } = log;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
