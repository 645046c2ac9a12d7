namespace Wijkverbinder.Domain.Privacy;

/// <summary>What an erasure did to one record type: rows removed and rows kept with the placeholder.</summary>
public sealed record ErasedRecords(string RecordType, int Deleted, int Anonymised);
