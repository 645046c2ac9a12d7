namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// Teams' limits for a bot (rate-limit documentation): per conversation 7 per 1 s, 8 per 2 s, 60 per 30 s and
/// 1800 per hour; per app per tenant 50 requests per second.
/// </summary>
public sealed class TeamsRateLimits
{
    public IReadOnlyList<RateLimitRule> PerConversation { get; init; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    public RateLimitRule PerApp { get; init; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Added to every window. Teams counts arrivals at its side, and requests granted a window apart can arrive
    /// closer together after network jitter; the margin keeps them apart there too.
    /// </summary>
    public TimeSpan ArrivalMargin { get; init; } = TimeSpan.FromMilliseconds(200);
}
