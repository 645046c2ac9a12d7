namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// The times permits were granted, newest last, kept as long as the longest window needs them. Exact: a permit is
/// free when the N-th most recent grant is at least a window old, so no window of that length ever holds more than N.
/// Not thread-safe: <see cref="TeamsRateLimiter"/> guards it.
/// </summary>
internal sealed class PermitLog(TimeProvider timeProvider, IReadOnlyList<RateLimitRule> rules, TimeSpan margin)
{
    private readonly List<long> grants = [];
    private readonly TimeSpan longestWindow = rules.Max(r => r.Window) + margin;

    /// <summary>How long until every rule allows one more permit; zero or less means now.</summary>
    public TimeSpan TimeUntilFree(long now)
    {
        var wait = TimeSpan.Zero;
        foreach (var rule in rules)
        {
            if (grants.Count < rule.PermitLimit)
            {
                continue;
            }

            var oldestCounted = grants[grants.Count - rule.PermitLimit];
            var free = rule.Window + margin - timeProvider.GetElapsedTime(oldestCounted, now);
            if (free > wait)
            {
                wait = free;
            }
        }

        return wait;
    }

    public void Record(long now)
    {
        grants.Add(now);
        var expired = 0;
        while (expired < grants.Count && timeProvider.GetElapsedTime(grants[expired], now) >= longestWindow)
        {
            expired++;
        }

        grants.RemoveRange(0, expired);
    }

    /// <summary>True when no grant counts any more, so the log can be dropped.</summary>
    public bool IsIdle(long now) => grants.Count == 0 || timeProvider.GetElapsedTime(grants[^1], now) >= longestWindow;
}
