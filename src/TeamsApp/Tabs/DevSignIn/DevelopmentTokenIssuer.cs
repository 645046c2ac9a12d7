using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Protocol.Authentication.Sso;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.DevSignIn;

/// <summary>
/// Issues a token for a demo persona, shaped like the one Entra ID issues to a tab (v2 issuer, the app's audience,
/// tid, oid, name, roles), so that local runs and tests exercise the real validation path. Development only.
/// </summary>
internal sealed class DevelopmentTokenIssuer(DevelopmentSsoKeys keys, IOptions<SsoOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public string Issue(Colleague colleague)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new("tid", settings.TenantId!),
            new("oid", colleague.Id.Value),
            new("name", colleague.Name),
        };
        claims.AddRange(colleague.Roles.Select(role => new Claim("roles", AppRoleClaims.ValueOf(role))));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuers.Last(),
            Audience = settings.Audiences.First(),
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
