using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// The audit chain's keys: the current one seals new records, every one (current and retired) verifies the records it
/// sealed, found by the key id on the record. Unkeyed records from before the keys verify only on days before
/// <see cref="KeyedFrom"/>, so rewriting a record as unkeyed (and recomputing the plain SHA-256 chain) does not pass.
/// </summary>
public sealed class AuditKeyRing
{
    /// <summary>The id of the development key: never configured, so it can never seal a record in Azure.</summary>
    public const string DevelopmentKeyId = "development";

    /// <summary>At least 256 bits, the size of HMAC-SHA256's output.</summary>
    public const int MinKeyBytes = 32;

    private readonly Dictionary<string, byte[]> keys;

    public AuditKeyRing(string currentKeyId, IReadOnlyDictionary<string, byte[]> keys, DateOnly? keyedFrom)
    {
        ArgumentNullException.ThrowIfNull(keys);
        this.keys = keys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        if (!this.keys.TryGetValue(currentKeyId, out var current))
        {
            throw new ArgumentException($"The current audit key '{currentKeyId}' is not among the keys.", nameof(currentKeyId));
        }

        if (this.keys.Values.Any(k => k.Length < MinKeyBytes))
        {
            throw new ArgumentException($"Every audit key needs at least {MinKeyBytes} bytes.", nameof(keys));
        }

        CurrentKeyId = currentKeyId;
        CurrentKey = current;
        KeyedFrom = keyedFrom;
    }

    /// <summary>
    /// Locally, without configured keys: a fixed key (so a local run's days verify after a restart). Not a secret:
    /// outside Development the app refuses to start without keys (Storage's AuditOptionsValidation).
    /// </summary>
    public static AuditKeyRing Development { get; } = new(
        DevelopmentKeyId,
        new Dictionary<string, byte[]> { [DevelopmentKeyId] = SHA256.HashData(Encoding.UTF8.GetBytes("wijkverbinder-audit-development-key")) },
        keyedFrom: null);

    public string CurrentKeyId { get; }

    public DateOnly? KeyedFrom { get; }

    internal byte[] CurrentKey { get; }

    /// <summary>The ring the options describe, or the development ring when they name no keys.</summary>
    public static AuditKeyRing From(AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Keys))
        {
            return Development;
        }

        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var pair in options.Keys.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = pair.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || !TryBase64(pair[(separator + 1)..], out var key))
            {
                // Never the value itself in the message: it is a secret.
                throw new FormatException("Audit:Keys must be 'id:base64' pairs separated by ';'.");
            }

            keys[pair[..separator]] = key;
        }

        var keyedFrom = string.IsNullOrWhiteSpace(options.KeyedFrom)
            ? (DateOnly?)null
            : DateOnly.ParseExact(options.KeyedFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new AuditKeyRing(options.KeyId ?? string.Empty, keys, keyedFrom);
    }

    /// <summary>The key a record names, if this ring holds it.</summary>
    internal bool TryGetKey(string? keyId, out byte[] key)
    {
        key = [];
        return keyId is not null && keys.TryGetValue(keyId, out key!);
    }

    /// <summary>Unkeyed records belong only to days before the keys came.</summary>
    internal bool AcceptsUnkeyed(DateOnly day) => KeyedFrom is { } from && day < from;

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        return false;
    }
}
