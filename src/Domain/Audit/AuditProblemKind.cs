namespace Wijkverbinder.Domain.Audit;

/// <summary>What the verifier found wrong with a day's chain.</summary>
public enum AuditProblemKind
{
    /// <summary>Sequence numbers are missing: records were deleted (or never written).</summary>
    Gap,

    /// <summary>
    /// A record's fields no longer match its own hash (its HMAC does not verify, its key is unknown, or it claims to be
    /// unkeyed where records are keyed): it was changed after it was written.
    /// </summary>
    Altered,

    /// <summary>A record's previous hash is not the hash of the record before it: the chain was cut or spliced.</summary>
    BrokenLink,
}
