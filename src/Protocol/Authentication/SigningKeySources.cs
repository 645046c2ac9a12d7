using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Authentication;

/// <summary>
/// Which issuers the bot trusts and where each one's signing keys are: the Bot Connector always, and the bot's own
/// Entra tenant (v1 and v2 issuers) when a tenant is configured. One cache per metadata address, for the app's lifetime.
/// </summary>
internal sealed class SigningKeySources
{
    public const string HttpClientName = "Wijkverbinder.Protocol.OpenIdMetadata";

    private readonly Dictionary<string, SigningKeySource> byIssuer = new(StringComparer.Ordinal);

    public SigningKeySources(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        var settings = options.Value;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = settings.RequireHttpsMetadata };

        SigningKeySource Source(string address)
        {
            // The manager's own throttle is set to its minimum: SigningKeySource throttles forced fetches on the app's clock.
            var manager = new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                RefreshInterval = BaseConfigurationManager.MinimumRefreshInterval,
            };
            return new SigningKeySource(manager, time, settings.KeyRefreshInterval, settings.KeyRefreshTimeout);
        }

        byIssuer[settings.BotFrameworkIssuer] = Source(settings.BotFrameworkMetadataUrl);
        if (settings.IsSingleTenant)
        {
            var tenant = Source(settings.ForTenant(settings.EntraMetadataUrl));
            byIssuer[settings.ForTenant(settings.EntraV1Issuer)] = tenant;
            byIssuer[settings.ForTenant(settings.EntraV2Issuer)] = tenant;
        }
    }

    /// <summary>The keys of <paramref name="issuer"/>, or null when the bot does not trust that issuer.</summary>
    public SigningKeySource? For(string? issuer) => issuer is not null && byIssuer.TryGetValue(issuer, out var source) ? source : null;
}
