using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>Writes bearer tokens shaped like the Bot Connector's, with whatever the test wants wrong in them.</summary>
public static class TokenFactory
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static string Create(
        SigningKey key,
        DateTimeOffset now,
        string audience = BotHost.AppId,
        string issuer = BotFrameworkIssuer,
        string? serviceUrl = BotHost.ServiceUrl,
        TimeSpan? validFrom = null,
        TimeSpan? lifetime = null)
    {
        var notBefore = now + (validFrom ?? TimeSpan.FromMinutes(-1));
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (notBefore + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
