using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Authentication.Sso;

/// <summary>
/// Where the keys that sign tab tokens come from: the tenant's Entra ID metadata in production; in Development also
/// the local developer sign-in's own key.
/// </summary>
public interface ISsoKeySource
{
    /// <summary>The key with id <paramref name="keyId"/>, or null when this source does not have it.</summary>
    Task<SecurityKey?> FindAsync(string keyId, CancellationToken cancellationToken);
}
