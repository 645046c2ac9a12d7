using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// The keyed hash chain of one municipality's day: each record holds the hash of the record before it and its own
/// HMAC-SHA256 over its canonical fields, with a key only the app reads (Key Vault), so someone who can write the
/// table cannot recompute the chain after a change. A day starts from an anchor of its own (the hash of municipality
/// and day), so a day's chain never depends on another day and deleting an old day leaves the others verifiable.
/// Records written before the keys (version 1) hold a plain SHA-256 and still verify on the days before the keys.
/// </summary>
public static class AuditChain
{
    /// <summary>A plain SHA-256 chain, as written before the keys.</summary>
    public const int UnkeyedVersion = 1;

    /// <summary>HMAC-SHA256 with the key named on the record.</summary>
    public const int KeyedVersion = 2;

    /// <summary>The "previous hash" of a day's first record.</summary>
    public static string AnchorOf(string municipality, DateOnly day) =>
        Sha256($"wijkverbinder-audit|{municipality}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <summary>The next link after <paramref name="previous"/> (null: the first of its day), sealed with the ring's current key.</summary>
    public static AuditRecord Link(AuditEntry entry, DateTimeOffset at, AuditRecord? previous, AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        // Whole milliseconds: what every store keeps exactly, so the hash can be recomputed from a stored record.
        var time = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        var record = new AuditRecord(
            entry.Municipality,
            day,
            previous is null ? 1 : previous.Sequence + 1,
            time,
            entry.Action,
            entry.ObjectType,
            entry.ObjectId,
            entry.Result,
            entry.Origin,
            entry.Actor,
            entry.Count,
            previous?.Hash ?? AnchorOf(entry.Municipality, day),
            string.Empty,
            KeyedVersion,
            keys.CurrentKeyId);
        return record with { Hash = MacOf(record, keys.CurrentKey) };
    }

    /// <summary>
    /// Whether the record's hash is right: the HMAC with the key it names (which the ring must hold), or, for an
    /// unkeyed record, the plain SHA-256 on a day before the keys.
    /// </summary>
    public static bool Verifies(AuditRecord record, AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(keys);
        return record.Version switch
        {
            KeyedVersion => keys.TryGetKey(record.KeyId, out var key) && SameHex(MacOf(record, key), record.Hash),
            UnkeyedVersion => record.KeyId is null && keys.AcceptsUnkeyed(record.Day) && SameHex(HashOf(record), record.Hash),
            _ => false,
        };
    }

    /// <summary>HMAC-SHA256 (lower-case hex) with <paramref name="key"/> over every field but the hash, version and key id included.</summary>
    public static string MacOf(AuditRecord record, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(record, keyed: true)));

    /// <summary>The unkeyed hash of a version 1 record: SHA-256 (lower-case hex) over every field but the hash itself.</summary>
    public static string HashOf(AuditRecord record) => Convert.ToHexStringLower(SHA256.HashData(Canonical(record, keyed: false)));

    /// <summary>The fields as a JSON array: unambiguous, whatever the values hold. Version 1's array is kept as it was.</summary>
    private static byte[] Canonical(AuditRecord record, bool keyed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(record.Municipality);
            json.WriteStringValue(record.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumberValue(record.Sequence);
            json.WriteStringValue(record.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(record.Action);
            json.WriteStringValue(record.ObjectType);
            json.WriteStringValue(record.ObjectId);
            json.WriteStringValue(record.Result.ToString());
            json.WriteStringValue(record.Origin.ToString());
            json.WriteStringValue(record.Actor);
            if (record.Count is { } count)
            {
                json.WriteNumberValue(count);
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteStringValue(record.PreviousHash);
            if (keyed)
            {
                json.WriteNumberValue(record.Version);
                json.WriteStringValue(record.KeyId);
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static bool SameHex(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
