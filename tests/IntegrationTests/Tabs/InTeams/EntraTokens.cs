using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Protocol.Tests.Infrastructure;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// Mints the access token Entra ID gives a tab through <c>authentication.getAuthToken</c> (v2: the tenant's issuer,
/// the app's client id as audience, tid, oid, name, roles), signed by a key the test's metadata server publishes.
/// </summary>
public sealed class EntraTokens(SigningKey key, string tenantId, string clientId, string applicationIdUri, TimeProvider clock)
{
    /// <summary>
    /// A v1 token, which Entra issues for the app's <c>api://</c> URI unless its registration asks for v2: the
    /// sts.windows.net issuer and the Application ID URI as audience.
    /// </summary>
    public string Version1For(Colleague colleague) =>
        For(colleague, applicationIdUri, $"https://sts.windows.net/{tenantId}/", "1.0");

    public string For(Colleague colleague, string? audience = null) =>
        For(colleague, audience ?? clientId, $"https://login.microsoftonline.com/{tenantId}/v2.0", "2.0");

    /// <summary>
    /// A v2 token changed the way a refusal test needs (another tenant, issuer, lifetime or signing key) before it is
    /// signed; the claims are in <see cref="SecurityTokenDescriptor.Subject"/>.
    /// </summary>
    public string Changed(Colleague colleague, Action<SecurityTokenDescriptor> change) =>
        For(colleague, clientId, $"https://login.microsoftonline.com/{tenantId}/v2.0", "2.0", change);

    private string For(Colleague colleague, string audience, string issuer, string version, Action<SecurityTokenDescriptor>? change = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new("ver", version),
            new("tid", tenantId),
            new("oid", colleague.Id.Value),
            new("name", colleague.Name),
            new("scp", "access_as_user"),
        };
        claims.AddRange(colleague.Roles.Select(role => new Claim("roles", AppRoleClaims.ValueOf(role))));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
