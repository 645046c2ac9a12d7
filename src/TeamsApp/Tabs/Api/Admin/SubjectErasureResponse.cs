using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>What an erasure did: the placeholder in the records that stay, and per record type how many rows went or stayed anonymised.</summary>
public sealed record SubjectErasureResponse(string Placeholder, IReadOnlyList<ErasedRecords> Records, int DashboardsRebuilt)
{
    public static SubjectErasureResponse Of(SubjectErasure erasure) => new(erasure.Placeholder, erasure.Records, erasure.DashboardsRebuilt);
}
