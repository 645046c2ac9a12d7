namespace Wijkverbinder.Domain.Privacy;

/// <summary>Every record type the app stores, searched and cleaned for one person (access and erasure requests).</summary>
public interface ISubjectDataStore
{
    /// <summary>Every record that holds the person, audit records where they acted included.</summary>
    Task<IReadOnlyList<SubjectRecord>> FindAsync(DataSubject subject, CancellationToken cancellationToken);

    /// <summary>
    /// Removes or anonymises every record that holds the person (<see cref="SubjectRecordFate"/>); the records that
    /// identify the person (their network entries, then their colleague entry) go last, so a run cut short can be
    /// repeated. Audit records are not touched.
    /// </summary>
    Task<IReadOnlyList<ErasedRecords>> EraseAsync(DataSubject subject, string placeholder, CancellationToken cancellationToken);
}
