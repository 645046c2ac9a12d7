namespace Wijkverbinder.Protocol.Connector;

/// <summary>How <see cref="ConnectorClient"/> retries and paces its calls. The defaults follow Teams' guidance.</summary>
public sealed class ConnectorClientOptions
{
    /// <summary>Retries after the first attempt, for 429, 412, 502, 503, 504 and network errors.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter. Retry-After wins when sent.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No retry waits longer than this, whatever Retry-After says.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>One HTTP attempt; waiting for a rate-limit permit is not part of it.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TeamsRateLimits RateLimits { get; set; } = new();
}
