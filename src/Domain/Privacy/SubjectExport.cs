namespace Wijkverbinder.Domain.Privacy;

/// <summary>An access request's answer (art. 15 AVG): who was found and every record that holds them.</summary>
public sealed record SubjectExport(DataSubject Subject, DateTimeOffset ExportedAt, IReadOnlyList<SubjectRecord> Records);
