using System.Threading.RateLimiting;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// Keeps each conversation, and the app as a whole, within <see cref="TeamsRateLimits"/>. The resource is the
/// conversation id (<see cref="NoConversation"/> for calls outside one, such as creating a conversation). Requests
/// wait for a permit rather than fail; the caller's cancellation token bounds the wait.
/// </summary>
/// <remarks>
/// Why not chained window limiters from System.Threading.RateLimiting: segmented sliding windows let up to twice the
/// limit through around a segment boundary, they tick on a system timer rather than a <see cref="TimeProvider"/>, and
/// a chain takes each stage's permit at a different moment, so a request that waited in a later stage can arrive
/// bunched with others. Here every rule is checked against one exact log, and a permit is stamped once, at the moment
/// it is granted. Waiters queue in order: per conversation first, then app-wide.
/// </remarks>
public sealed partial class TeamsRateLimiter : PartitionedRateLimiter<string>
{
    public const string NoConversation = "";

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider timeProvider;
    private readonly Lock sync = new();
    private readonly Dictionary<string, Lane> lanes = new(StringComparer.Ordinal);
    private readonly Lane app;
    private long lastSweep;
    private long granted;
    private bool disposed;

    public TeamsRateLimiter(TeamsRateLimits limits, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        Limits = limits;
        this.timeProvider = timeProvider;
        app = new Lane(new PermitLog(timeProvider, [limits.PerApp], limits.ArrivalMargin));
        lastSweep = timeProvider.GetTimestamp();
    }

    public TeamsRateLimits Limits { get; }

    public override RateLimiterStatistics? GetStatistics(string resource)
    {
        lock (sync)
        {
            var now = timeProvider.GetTimestamp();
            var lane = lanes.GetValueOrDefault(resource);
            var free = app.Log.TimeUntilFree(now) <= TimeSpan.Zero && (lane is null || lane.Log.TimeUntilFree(now) <= TimeSpan.Zero);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = free ? 1 : 0,
                CurrentQueuedCount = lane?.Users ?? 0,
                TotalSuccessfulLeases = granted,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount)
    {
        RequireOnePermit(permitCount);
        var lane = Rent(resource);
        try
        {
            if (lane is not null && !lane.Gate.Wait(0))
            {
                return GrantedLease.Denied;
            }

            try
            {
                if (!app.Gate.Wait(0))
                {
                    return GrantedLease.Denied;
                }

                try
                {
                    lock (sync)
                    {
                        var now = timeProvider.GetTimestamp();
                        if ((lane is not null && lane.Log.TimeUntilFree(now) > TimeSpan.Zero) || app.Log.TimeUntilFree(now) > TimeSpan.Zero)
                        {
                            return GrantedLease.Denied;
                        }

                        return Grant(lane, now);
                    }
                }
                finally
                {
                    app.Gate.Release();
                }
            }
            finally
            {
                lane?.Gate.Release();
            }
        }
        finally
        {
            Return(lane);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken)
    {
        RequireOnePermit(permitCount);
        var lane = Rent(resource);
        try
        {
            // Holding the conversation's gate while waiting: nobody else adds to its log, so once free it stays free.
            if (lane is not null)
            {
                await lane.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            try
            {
                if (lane is not null)
                {
                    await WaitUntilFreeAsync(lane.Log, cancellationToken).ConfigureAwait(false);
                }

                await app.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await WaitUntilFreeAsync(app.Log, cancellationToken).ConfigureAwait(false);
                    lock (sync)
                    {
                        return Grant(lane, timeProvider.GetTimestamp());
                    }
                }
                finally
                {
                    app.Gate.Release();
                }
            }
            finally
            {
                lane?.Gate.Release();
            }
        }
        finally
        {
            Return(lane);
        }
    }

    protected override void Dispose(bool disposing)
    {
        lock (sync)
        {
            disposed = true;
        }

        base.Dispose(disposing);
    }

    private async Task WaitUntilFreeAsync(PermitLog log, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (sync)
            {
                wait = log.TimeUntilFree(timeProvider.GetTimestamp());
            }

            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private GrantedLease Grant(Lane? lane, long now)
    {
        lane?.Log.Record(now);
        app.Log.Record(now);
        granted++;
        return GrantedLease.Acquired;
    }

    private Lane? Rent(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        lock (sync)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            SweepIdleLanes();
            if (conversationId.Length == 0)
            {
                return null;
            }

            if (!lanes.TryGetValue(conversationId, out var lane))
            {
                lane = new Lane(new PermitLog(timeProvider, Limits.PerConversation, Limits.ArrivalMargin));
                lanes.Add(conversationId, lane);
            }

            lane.Users++;
            return lane;
        }
    }

    private void Return(Lane? lane)
    {
        if (lane is null)
        {
            return;
        }

        lock (sync)
        {
            lane.Users--;
        }
    }

    /// <summary>Drops conversations nobody waits for and whose grants no longer count, so memory follows activity.</summary>
    private void SweepIdleLanes()
    {
        var now = timeProvider.GetTimestamp();
        if (timeProvider.GetElapsedTime(lastSweep, now) < SweepInterval)
        {
            return;
        }

        lastSweep = now;
        foreach (var (id, lane) in lanes)
        {
            if (lane.Users == 0 && lane.Log.IsIdle(now))
            {
                lanes.Remove(id);
            }
        }
    }

    private static void RequireOnePermit(int permitCount)
    {
        // One request is one permit; Teams counts requests, not payload.
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
    }
}
