namespace Wijkverbinder.Domain.Privacy;

/// <summary>
/// Section "Privacy": the keys of the keyed pseudonyms (the PseudonymKey class, docs/privacy.md). In Azure
/// <see cref="PseudonymKey"/> is a Key Vault reference; locally, without a key, the development key is used
/// (Development only). After a rotation the keys before it stay in <see cref="PreviousPseudonymKeys"/>.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Base64, at least 32 bytes: the key new pseudonyms are made with.</summary>
    public string? PseudonymKey { get; set; }

    /// <summary>
    /// The keys before a rotation, base64 separated by ';', newest first: pseudonyms made with them are still found
    /// (a search or an access request by id). Drop one once retention has removed the audit records of its time.
    /// </summary>
    public string? PreviousPseudonymKeys { get; set; }
}
