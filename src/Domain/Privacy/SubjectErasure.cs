namespace Wijkverbinder.Domain.Privacy;

/// <summary>An erasure's outcome (art. 17 AVG): the placeholder that stands in for the person, and what was done per record type.</summary>
public sealed record SubjectErasure(string Placeholder, IReadOnlyList<ErasedRecords> Records, int DashboardsRebuilt);
