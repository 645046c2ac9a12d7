using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Wijkverbinder.Protocol.Tests.Infrastructure;

/// <summary>An RSA key pair the tests sign tokens with; its public half is what the metadata server publishes.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA rsa = RSA.Create(2048);

    public SigningKey(string keyId)
    {
        KeyId = keyId;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public key as a JSON Web Key, the way an OpenID keys document lists it.</summary>
    public object ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public void Dispose() => rsa.Dispose();
}
