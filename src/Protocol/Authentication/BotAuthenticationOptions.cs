namespace Wijkverbinder.Protocol.Authentication;

/// <summary>
/// Who may call the bot, bound from configuration section "Bot". Issuers and metadata addresses default to the public
/// cloud (Bot Connector authentication documentation); "{tenant}" stands for <see cref="TenantId"/>.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string Section = "Bot";

    private const string TenantPlaceholder = "{tenant}";

    /// <summary>The bot's Microsoft App ID: the audience every inbound token must carry. Empty means anonymous (Development only).</summary>
    public string? AppId { get; set; }

    /// <summary>The Entra tenant of a single-tenant bot; when set, tokens from that tenant's Entra ID are accepted too.</summary>
    public string? TenantId { get; set; }

    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    public string BotFrameworkMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EntraV1Issuer { get; set; } = "https://sts.windows.net/{tenant}/";

    public string EntraV2Issuer { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>The tenant's Entra ID metadata; its keys sign v1 and v2 tokens alike.</summary>
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>The industry-standard skew the Bot Connector documentation names.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a request waits for fresh signing keys when its token names a key id the cached keys lack.</summary>
    public TimeSpan KeyRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>At most one forced key refresh per this interval, so tokens with made-up key ids cannot flood the metadata service.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Metadata must come over HTTPS; only tests against a loopback server turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    public bool IsSingleTenant => !string.IsNullOrWhiteSpace(TenantId);

    internal string ForTenant(string template) => template.Replace(TenantPlaceholder, TenantId, StringComparison.Ordinal);
}
