using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// The hash chain of one municipality's day: each record holds the SHA-256 of the record before it and its own hash
/// over its canonical fields. A day starts from an anchor of its own (the hash of municipality and day), so a day's
/// chain never depends on another day and deleting an old day leaves the others verifiable.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of a day's first record.</summary>
    public static string AnchorOf(string municipality, DateOnly day) =>
        Sha256($"wijkverbinder-audit|{municipality}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <summary>The next link after <paramref name="previous"/> (null: the first of its day).</summary>
    public static AuditRecord Link(AuditEntry entry, DateTimeOffset at, AuditRecord? previous)
    {
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
            string.Empty);
        return record with { Hash = HashOf(record) };
    }

    /// <summary>SHA-256 (lower-case hex) over every field but the hash itself, as a JSON array: unambiguous, whatever the values hold.</summary>
    public static string HashOf(AuditRecord record)
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
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
