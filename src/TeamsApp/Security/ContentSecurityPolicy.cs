namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// The one Content-Security-Policy of every TeamsApp response. Scripts only from the app itself (no inline script, no
/// eval); styles from the app plus inline ones, because Fluent UI's components and Blazor write style attributes;
/// the Blazor circuit's WebSocket is same-origin ('self' covers ws/wss of the same host); and the Teams JavaScript
/// SDK may fetch its list of valid Teams origins from the Office CDN.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>
    /// The hosts that may frame the tab pages, as Microsoft's tab requirements list them: all Microsoft 365 hosts
    /// (*.cloud.microsoft), Teams, the Microsoft 365 app and Outlook.
    /// </summary>
    public static readonly IReadOnlyList<string> TeamsHosts =
    [
        "https://*.cloud.microsoft",
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
        "https://*.microsoft365.com",
        "https://*.office.com",
        "https://outlook.office.com",
        "https://outlook.office365.com",
        "https://outlook-sdf.office.com",
        "https://outlook-sdf.office365.com",
    ];

    /// <summary>Where the Teams JavaScript SDK reads its list of valid Teams origins (it falls back to its own list).</summary>
    public const string TeamsSdkValidOrigins = "https://res.cdn.office.net";

    /// <summary>The policy, with <paramref name="extraFrameAncestors"/> (Development only) allowed to frame the pages too.</summary>
    public static string Build(IEnumerable<string> extraFrameAncestors) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        $"connect-src 'self' {TeamsSdkValidOrigins}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors " + string.Join(' ', ["'self'", .. TeamsHosts, .. extraFrameAncestors]));
}
