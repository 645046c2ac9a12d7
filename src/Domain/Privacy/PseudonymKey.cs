using System.Security.Cryptography;
using System.Text;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// The installation's secret key for <see cref="Pseudonyms"/>, from configuration (a Key Vault secret in Azure), never
/// from the storage account it protects. Each municipality gets its own key derived with HKDF, so the same id has
/// different pseudonyms in different municipalities.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>At least 256 bits, the size of HMAC-SHA256's output.</summary>
    public const int MinKeyBytes = 32;

    private readonly byte[] key;

    public PseudonymKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The pseudonym key needs at least {MinKeyBytes} bytes.", nameof(key));
        }

        this.key = key.ToArray();
    }

    /// <summary>
    /// Locally, without a configured key: a fixed key (so a local run's pseudonyms stay the same after a restart). Not
    /// a secret: outside Development the app refuses to start without a key (Storage's PrivacyOptionsValidation).
    /// </summary>
    public static PseudonymKey Development { get; } = new(SHA256.HashData(Encoding.UTF8.GetBytes("wijkverbinder-pseudonym-development-key")));

    /// <summary>The key the options describe, or the development key when they name none.</summary>
    public static PseudonymKey From(PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PseudonymKey))
        {
            return Development;
        }

        var bytes = new byte[options.PseudonymKey.Length];
        if (!Convert.TryFromBase64String(options.PseudonymKey.Trim(), bytes, out var written))
        {
            // Never the value itself in the message: it is a secret.
            throw new FormatException("Privacy:PseudonymKey must be base64.");
        }

        return new PseudonymKey(bytes.AsSpan(0, written));
    }

    /// <summary>The municipality's key: HKDF-SHA256 of the installation's key, with the municipality's code as info.</summary>
    public byte[] For(string municipality)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipality);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, key, MinKeyBytes, salt: [], info: Encoding.UTF8.GetBytes("wijkverbinder-pseudonyms|" + municipality));
    }
}
