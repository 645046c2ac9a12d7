using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// The network status of one district or area, precomputed so the page reads one stored document instead of the
/// network. Member ids are strings ("GM0202.W1.0197…") so the document needs no converters.
/// </summary>
public sealed record DashboardSnapshot
{
    /// <summary>The scope's text form (<see cref="DashboardScope.ToString"/>).</summary>
    public required string Scope { get; init; }

    public required string ScopeName { get; init; }

    public required DateTimeOffset BuiltAt { get; init; }

    /// <summary>The number of months without contact after which a member with ties counts as dormant.</summary>
    public required int DormantAfterMonths { get; init; }

    /// <summary>The themes of the municipality's wijkprogramma, for names and order.</summary>
    public required IReadOnlyList<Theme> Themes { get; init; }

    public required KeyFigures Figures { get; init; }

    public required ReferralPipeline Pipeline { get; init; }

    /// <summary>Meetings held and planned, and their feedback aggregated; empty in a snapshot stored before meetings existed.</summary>
    public MeetingFigures Meetings { get; init; } = MeetingFigures.Empty;

    public required IReadOnlyList<MemberRow> NewMembers { get; init; }

    public required IReadOnlyList<MemberRow> DormantMembers { get; init; }

    public required IReadOnlyList<MemberRow> IsolatedMembers { get; init; }

    public required NetworkMap Map { get; init; }

    public required NetworkAnalysisResult Analysis { get; init; }
}
