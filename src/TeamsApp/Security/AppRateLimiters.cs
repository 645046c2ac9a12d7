using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// The rate limiters whose key is known only inside the endpoint: the tab API's signed-in user (after the token is
/// validated) and the bot's conversation (after the activity is read). A fixed window per key, no queueing: a
/// request over the limit is refused at once with the time until the window opens again.
/// </summary>
internal sealed class AppRateLimiters : IDisposable
{
    public AppRateLimiters(IOptions<SecurityOptions> options)
    {
        TabUsers = Create(options.Value.TabApiPerUser);
        BotConversations = Create(options.Value.BotPerConversation);
    }

    public PartitionedRateLimiter<string> TabUsers { get; }

    public PartitionedRateLimiter<string> BotConversations { get; }

    /// <summary>A limiter per key; idle ones are dropped by the partitioned limiter itself.</summary>
    public static PartitionedRateLimiter<string> Create(RateLimitRule rule) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(rule)));

    public static FixedWindowRateLimiterOptions Window(RateLimitRule rule) => new()
    {
        PermitLimit = Math.Max(1, rule.PermitLimit),
        Window = rule.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>True when <paramref name="key"/> may go on; otherwise false, with when to try again.</summary>
    public static bool TryAcquire(PartitionedRateLimiter<string> limiter, string key, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(key);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        TabUsers.Dispose();
        BotConversations.Dispose();
    }
}
