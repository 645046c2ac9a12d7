namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// Section "Audit": the keys of the audit chain's HMAC (docs/audit.md, "Integrity"). In Azure <see cref="Keys"/> is a
/// Key Vault reference; locally, without keys, the development key is used (Development only).
/// </summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The id of the key new records are sealed with; one of <see cref="Keys"/>.</summary>
    public string? KeyId { get; set; }

    /// <summary>
    /// Every key that still verifies records: "id:base64;id:base64", each key at least 32 bytes. A retired key stays
    /// here as long as the days it sealed are kept.
    /// </summary>
    public string? Keys { get; set; }

    /// <summary>
    /// yyyy-MM-dd: from this day on every record must be keyed; unkeyed (version 1) records verify only on earlier
    /// days. Unset: unkeyed records never verify (an installation without records from before the keys).
    /// </summary>
    public string? KeyedFrom { get; set; }
}
