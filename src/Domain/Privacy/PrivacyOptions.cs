namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// Section "Privacy": the key of the keyed pseudonyms (the PseudonymKey class, docs/privacy.md). In Azure
/// <see cref="PseudonymKey"/> is a Key Vault reference; locally, without a key, the development key is used
/// (Development only).
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Base64, at least 32 bytes; never changed (every stored pseudonym depends on it).</summary>
    public string? PseudonymKey { get; set; }
}
