using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Builds the snapshots of an area and of each of its districts from the area's network (read once), the
/// municipality's referrals with their history, its meetings with their feedback, and the colleagues' names. Pure: the date comes from the clock.
/// </summary>
public sealed partial class DashboardBuilder(TimeProvider clock, int dormantAfterMonths = NetworkSummary.DormantAfterMonths)
{
    /// <summary>The pipeline covers referrals created in this many months before today.</summary>
    public const int PipelineWindowMonths = 12;

    /// <summary>The area's snapshot first, then one per district of the area.</summary>
    public IReadOnlyList<DashboardSnapshot> BuildArea(
        Municipality municipality,
        Area area,
        NetworkView areaNetwork,
        IReadOnlyList<ReferralRecord> referrals,
        IReadOnlyDictionary<ColleagueId, string> colleagueNames,
        MeetingInputs? meetings = null)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(area);
        var snapshots = new List<DashboardSnapshot>(area.DistrictCodes.Count + 1)
        {
            Build(DashboardScope.ForArea(area.Id), area.Name, municipality, areaNetwork, area.DistrictCodes, referrals, colleagueNames, meetings),
        };
        foreach (var code in area.DistrictCodes)
        {
            var name = municipality.FindDistrict(code)?.Name ?? code;
            snapshots.Add(Build(DashboardScope.ForDistrict(code), name, municipality, areaNetwork, [code], referrals, colleagueNames, meetings));
        }

        return snapshots;
    }

    /// <summary>
    /// The snapshot of the members of <paramref name="areaNetwork"/> working in <paramref name="districts"/>; for an
    /// area that is every member.
    /// </summary>
    public DashboardSnapshot Build(
        DashboardScope scope,
        string scopeName,
        Municipality municipality,
        NetworkView areaNetwork,
        IReadOnlyList<string> districts,
        IReadOnlyList<ReferralRecord> referrals,
        IReadOnlyDictionary<ColleagueId, string> colleagueNames,
        MeetingInputs? meetings = null)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(areaNetwork);
        var now = clock.GetUtcNow();
        var today = DutchTime.DateOf(now);
        var inScope = areaNetwork.Members.Where(m => m.Districts.Any(districts.Contains)).ToList();
        var scopeIds = inScope.Select(m => m.Id).ToHashSet();
        var scopeTies = areaNetwork.Ties.Where(t => scopeIds.Contains(t.From) || scopeIds.Contains(t.To)).ToList();
        var lastContact = NetworkSummary.LastContacts(scopeTies);
        var analysis = NetworkAnalysis.Analyse(inScope, scopeTies);

        return new DashboardSnapshot
        {
            Scope = scope.ToString(),
            ScopeName = scopeName,
            BuiltAt = now,
            DormantAfterMonths = dormantAfterMonths,
            Themes = municipality.Themes,
            Figures = Figures(municipality, new NetworkView(inScope, scopeTies), today),
            Pipeline = Pipeline(municipality, districts, referrals, colleagueNames, now),
            Meetings = Meetings(municipality, districts, areaNetwork, meetings ?? MeetingInputs.None, now),
            NewMembers = Rows(inScope.Where(m => NetworkSummary.IsNew(m, NetworkSummary.QuarterStart(today))).OrderByDescending(m => m.JoinedOn), lastContact),
            DormantMembers = Rows(inScope.Where(m => NetworkSummary.IsDormant(m, lastContact, DormantBefore(today))).OrderBy(m => lastContact[m.Id]), lastContact),
            IsolatedMembers = Rows(inScope.Where(m => NetworkSummary.IsIsolated(m, lastContact)), lastContact),
            Map = Map(areaNetwork, inScope, scopeIds, scopeTies, lastContact, analysis),
            Analysis = analysis,
        };
    }

    private DateOnly DormantBefore(DateOnly today) => NetworkSummary.DormantBefore(today, dormantAfterMonths);

    private KeyFigures Figures(Municipality municipality, NetworkView scope, DateOnly today)
    {
        var summary = NetworkSummary.Of(scope, today, dormantAfterMonths);
        var byTheme = municipality.Themes.ToDictionary(t => t.Id, t => scope.Members.Count(m => m.Themes.Contains(t.Id)));
        var withoutInitiative = municipality.Themes
            .Where(t => !scope.Members.Any(m => m.Kind == MemberKind.Initiative && m.Themes.Contains(t.Id)))
            .Select(t => t.Id)
            .ToList();
        return new KeyFigures(summary.Members, summary.ByKind, byTheme, summary.NewThisQuarter, summary.Dormant, summary.Isolated, withoutInitiative);
    }

    private static List<MemberRow> Rows(IEnumerable<Member> members, IReadOnlyDictionary<MemberId, DateOnly> lastContact) =>
        [.. members.Select(m => new MemberRow(
            m.Id.ToString(), m.Name, m.Kind, m.Themes, m.Districts, lastContact.TryGetValue(m.Id, out var last) ? last : null))];
}
