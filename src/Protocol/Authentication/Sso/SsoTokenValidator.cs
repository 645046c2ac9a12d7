using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>
/// Checks the token a tab page got from the Teams JavaScript SDK (<c>authentication.getAuthToken</c>), as Teams SSO
/// requires of the server: issued by Entra ID for the configured tenant (v1 or v2 issuer), the app's <c>api://</c> URI
/// or client id as audience, a signature by one of the tenant's current keys, a lifetime that holds on the app's clock.
/// </summary>
public sealed class SsoTokenValidator(IOptions<SsoOptions> options, IEnumerable<ISsoKeySource> keySources, TimeProvider time)
{
    private readonly JsonWebTokenHandler tokens = new() { MapInboundClaims = false };
    private readonly SsoOptions settings = options.Value;
    private readonly ISsoKeySource[] sources = keySources.ToArray();

    public async Task<SsoValidationResult> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return SsoValidationResult.Refused(SsoFailure.Missing);
        }

        if (!settings.IsConfigured)
        {
            return SsoValidationResult.Refused(SsoFailure.NotConfigured);
        }

        var unverified = Read(token);
        if (unverified is null)
        {
            return SsoValidationResult.Refused(SsoFailure.Malformed);
        }

        if (!string.Equals(Claim(unverified, "tid"), settings.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return SsoValidationResult.Refused(SsoFailure.WrongTenant);
        }

        var key = string.IsNullOrEmpty(unverified.Kid) ? null : await FindKeyAsync(unverified.Kid, cancellationToken);
        if (key is null)
        {
            return SsoValidationResult.Refused(SsoFailure.UnknownSigningKey);
        }

        var result = await tokens.ValidateTokenAsync(token, Parameters(key));
        if (!result.IsValid)
        {
            return SsoValidationResult.Refused(FailureOf(result.Exception));
        }

        var valid = (JsonWebToken)result.SecurityToken;
        var objectId = Claim(valid, "oid");
        if (string.IsNullOrWhiteSpace(objectId))
        {
            return SsoValidationResult.Refused(SsoFailure.NoUser);
        }

        var roles = valid.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToList();
        return SsoValidationResult.Valid(new SsoIdentity(objectId, Claim(valid, "tid")!, Claim(valid, "name"), roles));
    }

    private async Task<SecurityKey?> FindKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            if (await source.FindAsync(keyId, cancellationToken) is { } key)
            {
                return key;
            }
        }

        return null;
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

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuers = settings.Issuers,
        ValidAudiences = settings.Audiences,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = settings.ClockSkew,
        // On the app's clock rather than IdentityModel's own, so that tests can move it.
        LifetimeValidator = (notBefore, expires, _, _) => LifetimeHolds(notBefore, expires),
    };

    private bool LifetimeHolds(DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && now < end.ToUniversalTime() + settings.ClockSkew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - settings.ClockSkew);
    }

    // The exception's type says what failed; its message may quote the token, so only the type is used.
    private static SsoFailure FailureOf(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => SsoFailure.WrongAudience,
        SecurityTokenInvalidIssuerException => SsoFailure.WrongIssuer,
        SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException or SecurityTokenNoExpirationException => SsoFailure.Expired,
        _ => SsoFailure.BadSignature,
    };

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetClaim(type, out var claim) ? claim.Value : null;
}
