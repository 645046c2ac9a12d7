using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Wijkverbinder.Protocol.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata address: fetched once, cached and refreshed by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>, and fetched again on demand when a token names a key the cache lacks (the
/// issuer rotated its keys).
/// </summary>
internal sealed class SigningKeySource(ConfigurationManager<OpenIdConnectConfiguration> metadata)
{
    public string MetadataAddress => metadata.MetadataAddress;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        metadata.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fresh metadata after <paramref name="stale"/> lacked a key. The manager allows one forced refresh per
    /// <see cref="Microsoft.IdentityModel.Tokens.BaseConfigurationManager.RefreshInterval"/>; within it this returns the cached metadata.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        _ = stale;
        metadata.RequestRefresh();
        return await metadata.GetConfigurationAsync(cancellationToken);
    }
}
