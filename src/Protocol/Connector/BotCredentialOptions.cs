namespace Wijkverbinder.Protocol.Connector;

/// <summary>
/// The bot's identity for outbound calls, from configuration section "Bot". Exactly one of
/// <see cref="ClientSecret"/>, <see cref="CertificatePath"/> or <see cref="UseManagedIdentity"/> goes with an
/// <see cref="AppId"/>; no AppId means anonymous (local Development with the Agents Playground).
/// </summary>
public sealed class BotCredentialOptions
{
    public const string Section = "Bot";

    public string? AppId { get; set; }

    /// <summary>The Entra tenant of the single-tenant bot registration.</summary>
    public string? TenantId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PEM or PFX file with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The bot is a user-assigned managed identity whose client id is <see cref="AppId"/>.</summary>
    public bool UseManagedIdentity { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);
}
