namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>
/// Teams tab single sign-on, bound from configuration section "Sso": the app registration whose <c>api://</c> URI the
/// Teams JavaScript SDK asks a token for (the manifest's <c>webApplicationInfo</c>), and the tenant it must come from.
/// Issuers and metadata default to the public cloud; "{tenant}" stands for <see cref="TenantId"/>.
/// </summary>
public sealed class SsoOptions
{
    public const string Section = "Sso";

    private const string TenantPlaceholder = "{tenant}";

    /// <summary>The Entra tenant of the municipality; tokens from any other tenant are refused.</summary>
    public string? TenantId { get; set; }

    /// <summary>The tab app registration's client id; Entra puts it in the audience of v2 tokens.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app registration's Application ID URI, <c>api://{host}/{clientId}</c>: the audience of v1 tokens.</summary>
    public string? ApplicationIdUri { get; set; }

    public string EntraV1Issuer { get; set; } = "https://sts.windows.net/{tenant}/";

    public string EntraV2Issuer { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0";

    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    /// <summary>Tolerance for clocks that differ a little; Entra tokens live about an hour.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan KeyRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Metadata must come over HTTPS; only tests against a loopback server turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when a tenant and an audience are configured; without them every token is refused.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId)
        && (!string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ApplicationIdUri));

    public IEnumerable<string> Issuers => [ForTenant(EntraV1Issuer), ForTenant(EntraV2Issuer)];

    public IEnumerable<string> Audiences => new[] { ApplicationIdUri, ClientId }.Where(a => !string.IsNullOrWhiteSpace(a))!;

    internal string ForTenant(string template) => template.Replace(TenantPlaceholder, TenantId, StringComparison.Ordinal);
}
