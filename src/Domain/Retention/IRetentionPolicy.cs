namespace Wijkverbinder.Domain.Retention;

/// <summary>
/// The retention of one record type: removes what has expired and says how many records it removed. A new record
/// type (meeting feedback, say) is one class implementing this, registered as an <see cref="IRetentionPolicy"/>;
/// the retention job finds it and records its count in the audit log.
/// </summary>
public interface IRetentionPolicy
{
    /// <summary>The record type as it appears in the audit log (ids only: "closedReferral", "auditDay", ...).</summary>
    string RecordType { get; }

    /// <summary>Removes the municipality's records of this type that expired before <paramref name="now"/>; returns how many.</summary>
    Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken);
}
