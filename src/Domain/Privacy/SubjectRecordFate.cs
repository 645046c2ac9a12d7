namespace Wijkverbinder.Domain.Privacy;

/// <summary>What an erasure does with a record that holds the person.</summary>
public enum SubjectRecordFate
{
    /// <summary>The record goes (the person's own entries, ties, index rows, addresses, deliveries).</summary>
    Deleted,

    /// <summary>A municipal record that stays (Archiefwet), with the person replaced by a placeholder.</summary>
    Anonymised,

    /// <summary>An audit record: append-only, holds a keyed pseudonym only, never rewritten.</summary>
    Kept,
}
