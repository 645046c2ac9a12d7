namespace Wijkverbinder.Domain.Privacy;

/// <summary>One stored record that holds the person: its type ("referrals.event"), its key, its fields as stored.</summary>
public sealed record SubjectRecord(string RecordType, string Key, IReadOnlyDictionary<string, string?> Fields, SubjectRecordFate Fate);
