using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>
/// The tenant's Entra ID signing keys, from its OpenID metadata: cached, and fetched again (throttled) when a token
/// names a key the cache lacks, exactly as for the bot's tokens (<see cref="SigningKeySource"/>).
/// </summary>
internal sealed class EntraSsoKeySource : ISsoKeySource
{
    private readonly SigningKeySource? source;

    public EntraSsoKeySource(IOptions<SsoOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(SigningKeySources.HttpClientName)) { RequireHttps = settings.RequireHttpsMetadata };
        var manager = new ConfigurationManager<OpenIdConnectConfiguration>(settings.ForTenant(settings.EntraMetadataUrl), new OpenIdConnectConfigurationRetriever(), retriever)
        {
            RefreshInterval = BaseConfigurationManager.MinimumRefreshInterval,
        };
        source = new SigningKeySource(manager, time, settings.KeyRefreshInterval, settings.KeyRefreshTimeout);
    }

    public async Task<SecurityKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        if (source is null)
        {
            return null;
        }

        try
        {
            var metadata = await source.GetAsync(cancellationToken);
            return Find(metadata, keyId) ?? Find(await source.RefreshAsync(metadata, cancellationToken), keyId);
        }
        catch (InvalidOperationException)
        {
            // The metadata cannot be fetched and nothing is cached: no key, so the token is refused.
            return null;
        }
    }

    private static SecurityKey? Find(OpenIdConnectConfiguration metadata, string keyId) =>
        metadata.SigningKeys.FirstOrDefault(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));
}
