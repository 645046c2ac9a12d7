using Azure.Core;
using Azure.Identity;

namespace Wijkverbinder.Protocol.Connector;

/// <summary>Chooses the <see cref="TokenCredential"/> that configuration asks for.</summary>
public static class BotCredentialFactory
{
    /// <summary>The credential, or null when no AppId is configured (anonymous).</summary>
    public static TokenCredential? Create(BotCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAnonymous)
        {
            return null;
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.ClientSecret);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.CertificatePath);
        var chosen = (hasSecret ? 1 : 0) + (hasCertificate ? 1 : 0) + (options.UseManagedIdentity ? 1 : 0);
        if (chosen != 1)
        {
            throw new InvalidOperationException(
                "Bot:AppId is set: set exactly one of Bot:ClientSecret, Bot:CertificatePath or Bot:UseManagedIdentity.");
        }

        if (options.UseManagedIdentity)
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.AppId));
        }

        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            throw new InvalidOperationException("Bot:TenantId is required for a single-tenant bot with a secret or certificate.");
        }

        return hasSecret
            ? new ClientSecretCredential(options.TenantId, options.AppId, options.ClientSecret)
            : new ClientCertificateCredential(options.TenantId, options.AppId, options.CertificatePath);
    }
}
