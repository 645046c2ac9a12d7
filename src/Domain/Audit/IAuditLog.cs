namespace Wijkverbinder.Domain.Audit;

/// <summary>
/// The audit log (BIO 8.15): append-only, one hash chain per municipality and day. There is no way to change or
/// remove a record here; retention removes whole days (<see cref="Retention.IRetentionPolicy"/>).
/// </summary>
public interface IAuditLog
{
    /// <summary>Records the entry (normalized to ids) at the clock's time, as the next link of its day's chain.</summary>
    Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Every record of a municipality's day, in sequence order.</summary>
    Task<IReadOnlyList<AuditRecord>> ReadDayAsync(string municipality, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The query as stored records must be matched: a log that stores pseudonyms adds them (<see cref="AuditPseudonyms"/>).</summary>
    Task<AuditQuery> PrepareAsync(string municipality, AuditQuery query, CancellationToken cancellationToken) => Task.FromResult(query);
}
