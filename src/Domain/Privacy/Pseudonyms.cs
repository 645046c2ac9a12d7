using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// Keyed pseudonyms (HMAC-SHA256 with the municipality's key, <see cref="PseudonymKey"/>): the same id always
/// gives the same pseudonym, and without the key a pseudonym cannot be traced back or guessed from an id.
/// </summary>
public static class Pseudonyms
{
    public const string PlaceholderPrefix = "verwijderd-";
    public const string AuditPrefix = "p-";

    /// <summary>What stands in for an erased person in the records that stay: "verwijderd-" and eight digits.</summary>
    public static string Placeholder(ReadOnlySpan<byte> key, string id)
    {
        var hash = Hash(key, "subject|" + id);
        var number = BitConverter.ToUInt32(hash, 0) % 100_000_000;
        return PlaceholderPrefix + number.ToString("D8", CultureInfo.InvariantCulture);
    }

    /// <summary>What the audit log stores instead of a person's id: "p-" and 20 hex digits.</summary>
    public static string ForAudit(ReadOnlySpan<byte> key, string id) =>
        AuditPrefix + Convert.ToHexStringLower(Hash(key, "audit|" + id.Trim().ToLowerInvariant()))[..20];

    private static byte[] Hash(ReadOnlySpan<byte> key, string value) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value));
}
