namespace Wijkverbinder.TeamsApp.Security;

/// <summary>
/// The hardening's limits, bound from configuration section "Security". The defaults are far above what a person
/// (or Teams on their behalf) sends; tests set low limits.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>The JSON APIs' request bodies (the bot endpoint has its own limit, Bot:MaxRequestBodyBytes).</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The tab API (/api/tab/*), per signed-in user (the object id of the validated token).</summary>
    public RateLimitRule TabApiPerUser { get; set; } = new() { PermitLimit = 600 };

    /// <summary>The other APIs under /api (not the bot), per acting colleague (X-Wijkverbinder-Actor) or else per client address.</summary>
    public RateLimitRule ApiPerCaller { get; set; } = new() { PermitLimit = 1200 };

    /// <summary>
    /// POST /api/messages, per conversation. Teams lets a bot send 1,800 messages an hour into one conversation; a
    /// person typing does not come near this inbound limit.
    /// </summary>
    public RateLimitRule BotPerConversation { get; set; } = new() { PermitLimit = 300 };

    /// <summary>
    /// More origins that may frame the pages, honoured in Development only (tests frame a page from a local origin);
    /// elsewhere only the Teams hosts of <see cref="ContentSecurityPolicy.TeamsHosts"/> may.
    /// </summary>
    public List<string> ExtraFrameAncestors { get; set; } = [];
}
