using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Authentication;

/// <summary>
/// Checks the bearer token the Bot Connector (or, for a single-tenant bot, Entra ID) sends with every activity, as the
/// Bot Connector authentication documentation requires: a trusted issuer, a signature by one of that issuer's current
/// keys, the bot's app id as audience, a lifetime that holds within the clock skew. The serviceUrl claim is returned
/// so the caller can hold it against the activity (<see cref="BotTokenValidationResult.AllowsServiceUrl"/>).
/// </summary>
public sealed class BotTokenValidator
{
    private const string BearerPrefix = "Bearer ";

    private readonly JsonWebTokenHandler tokens = new() { MapInboundClaims = false };
    private readonly BotAuthenticationOptions options;
    private readonly SigningKeySources keys;
    private readonly TimeProvider time;

    internal BotTokenValidator(IOptions<BotAuthenticationOptions> options, SigningKeySources keys, TimeProvider time)
    {
        this.options = options.Value;
        this.keys = keys;
        this.time = time;
    }

    public async Task<BotTokenValidationResult> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return BotTokenValidationResult.Refused("no bearer token");
        }

        var raw = authorizationHeader[BearerPrefix.Length..].Trim();
        var unverified = Read(raw);
        if (unverified is null)
        {
            return BotTokenValidationResult.Refused("the token is not a JWT");
        }

        var source = keys.For(unverified.Issuer);
        if (source is null)
        {
            return BotTokenValidationResult.Refused("the issuer is not trusted");
        }

        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return BotTokenValidationResult.Refused("the token names no signing key");
        }

        var metadata = await MetadataWithKeyAsync(source, unverified.Kid, cancellationToken);
        if (metadata is null)
        {
            return BotTokenValidationResult.Refused("the signing key is unknown or the issuer's keys could not be fetched");
        }

        var result = await tokens.ValidateTokenAsync(raw, Parameters(unverified.Issuer, metadata));
        if (!result.IsValid)
        {
            // The exception's type says what failed; its message may quote the token, so it stays out of the log.
            return BotTokenValidationResult.Refused(result.Exception?.GetType().Name ?? "the token is not valid");
        }

        return BotTokenValidationResult.Valid(ServiceUrlOf((JsonWebToken)result.SecurityToken));
    }

    private JsonWebToken? Read(string raw)
    {
        try
        {
            return tokens.CanReadToken(raw) ? tokens.ReadJsonWebToken(raw) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static async Task<OpenIdConnectConfiguration?> MetadataWithKeyAsync(SigningKeySource source, string kid, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = await source.GetAsync(cancellationToken);
            if (HasKey(metadata, kid))
            {
                return metadata;
            }

            // The issuer may have rotated its keys since they were cached: fetch them again, once.
            metadata = await source.RefreshAsync(metadata, cancellationToken);
            return HasKey(metadata, kid) ? metadata : null;
        }
        catch (InvalidOperationException)
        {
            // IdentityModel's answer when the metadata cannot be fetched and nothing is cached.
            return null;
        }
    }

    private TokenValidationParameters Parameters(string issuer, OpenIdConnectConfiguration metadata) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = options.AppId,
        IssuerSigningKeys = metadata.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = metadata.IdTokenSigningAlgValuesSupported.Count > 0 ? metadata.IdTokenSigningAlgValuesSupported : [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = options.ClockSkew,
        // On the app's clock rather than IdentityModel's own, so that tests can move it.
        LifetimeValidator = (notBefore, expires, _, _) => LifetimeHolds(notBefore, expires),
    };

    private bool LifetimeHolds(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && now < end.ToUniversalTime() + options.ClockSkew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - options.ClockSkew);
    }

    private static bool HasKey(OpenIdConnectConfiguration metadata, string kid) =>
        metadata.SigningKeys.Any(key => string.Equals(key.KeyId, kid, StringComparison.Ordinal));

    /// <summary>The Bot Connector writes "serviceurl"; some issuers write "serviceUrl".</summary>
    private static string? ServiceUrlOf(JsonWebToken token) =>
        token.TryGetClaim("serviceurl", out var claim) || token.TryGetClaim("serviceUrl", out claim) ? claim.Value : null;
}
