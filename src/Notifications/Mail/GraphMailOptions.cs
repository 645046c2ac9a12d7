namespace Wijkverbinder.Notifications.Mail;

/// <summary>
/// How mail reaches Microsoft Graph (section "Graph"). TenantId + ClientId + ClientSecret sign in with a client secret;
/// otherwise the managed identity signs in. A loopback <see cref="BaseUrl"/> (the local stand-in) needs no sign-in.
/// </summary>
public sealed class GraphMailOptions
{
    public const string Section = "Graph";

    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public const string Scope = "https://graph.microsoft.com/.default";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A user-assigned managed identity; empty uses the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Retries after the first attempt for 429, 503 and 504 (Graph's RetryHandler; at most 10).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff when Graph sends no Retry-After; it doubles per retry.</summary>
    public int RetryDelaySeconds { get; set; } = 1;

    /// <summary>A Retry-After longer than this is not waited for: the attempt fails and the queue retries later.</summary>
    public int MaxRetryDelaySeconds { get; set; } = 30;

    /// <summary>Outlook allows 4 concurrent requests per mailbox.</summary>
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    public bool HasClientSecret =>
        !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public bool HasPartialClientSecret =>
        !HasClientSecret && !(string.IsNullOrWhiteSpace(TenantId) && string.IsNullOrWhiteSpace(ClientId) && string.IsNullOrWhiteSpace(ClientSecret));

    /// <summary>True when Graph is the local stand-in on this machine.</summary>
    public bool IsLoopback =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
