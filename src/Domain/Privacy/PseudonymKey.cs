using System.Security.Cryptography;
using System.Text;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// The installation's secret key for <see cref="Pseudonyms"/>, from configuration (a Key Vault secret in Azure), never
/// from the storage account it protects. Each municipality gets its own key derived with HKDF, so the same id has
/// different pseudonyms in different municipalities. After a rotation (docs/privacy.md) the earlier keys are kept
/// to find what was pseudonymised with them; new pseudonyms are made with the current key only.
/// </summary>
public sealed class PseudonymKey
{
    /// <summary>At least 256 bits, the size of HMAC-SHA256's output.</summary>
    public const int MinKeyBytes = 32;

    private readonly byte[] key;
    private readonly IReadOnlyList<byte[]> previous;

    public PseudonymKey(ReadOnlySpan<byte> key)
        : this(key, [])
    {
    }

    public PseudonymKey(ReadOnlySpan<byte> key, IReadOnlyList<byte[]> previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The pseudonym key needs at least {MinKeyBytes} bytes.", nameof(key));
        }

        if (previous.Any(k => k.Length < MinKeyBytes))
        {
            throw new ArgumentException($"Privacy:PreviousPseudonymKeys: every key needs at least {MinKeyBytes} bytes.", nameof(previous));
        }

        this.key = key.ToArray();
        this.previous = [.. previous.Select(k => k.ToArray())];
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

        var previous = (options.PreviousPseudonymKeys ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Decode(k, "Privacy:PreviousPseudonymKeys must be base64 keys separated by ';'."))
            .ToList();
        return new PseudonymKey(Decode(options.PseudonymKey, "Privacy:PseudonymKey must be base64."), previous);
    }

    /// <summary>The municipality's key: HKDF-SHA256 of the installation's key, with the municipality's code as info.</summary>
    public byte[] For(string municipality) => Derive(key, municipality);

    /// <summary>The municipality's current key, then its keys from before each rotation: to find a pseudonym of any time.</summary>
    public IReadOnlyList<byte[]> AllFor(string municipality) => [Derive(key, municipality), .. previous.Select(k => Derive(k, municipality))];

    private static byte[] Derive(byte[] installationKey, string municipality)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipality);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, installationKey, MinKeyBytes, salt: [], info: Encoding.UTF8.GetBytes("wijkverbinder-pseudonyms|" + municipality));
    }

    private static byte[] Decode(string base64, string error)
    {
        var bytes = new byte[base64.Length];

        // Never the value itself in the message: it is a secret.
        return Convert.TryFromBase64String(base64.Trim(), bytes, out var written) ? bytes[..written] : throw new FormatException(error);
    }
}
