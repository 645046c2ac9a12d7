using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Wijkverbinder.Protocol.Authentication.Sso;

namespace Wijkverbinder.TeamsApp.Tabs.DevSignIn;

/// <summary>
/// The developer sign-in's signing key: made at startup, kept in memory, trusted only in Development (the
/// registration says so). Tokens it signs go through the same validator as Entra ID's.
/// </summary>
internal sealed class DevelopmentSsoKeys : ISsoKeySource, IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public DevelopmentSsoKeys() => Key = new RsaSecurityKey(rsa) { KeyId = "wijkverbinder-development-" + Guid.NewGuid().ToString("N")[..8] };

    public RsaSecurityKey Key { get; }

    public Task<SecurityKey?> FindAsync(string keyId, CancellationToken cancellationToken) =>
        Task.FromResult<SecurityKey?>(keyId == Key.KeyId ? Key : null);

    public void Dispose() => rsa.Dispose();
}
