using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The map: the scope's members, the members elsewhere in the area they have ties to, and those ties.</summary>
public sealed partial class DashboardBuilder
{
    private static NetworkMap Map(
        NetworkView areaNetwork,
        IReadOnlyList<Member> inScope,
        HashSet<MemberId> scopeIds,
        IReadOnlyList<Tie> scopeTies,
        Dictionary<MemberId, DateOnly> lastContact,
        NetworkAnalysisResult analysis)
    {
        var tieCounts = new Dictionary<MemberId, int>();
        foreach (var tie in areaNetwork.Ties)
        {
            tieCounts[tie.From] = tieCounts.GetValueOrDefault(tie.From) + 1;
            tieCounts[tie.To] = tieCounts.GetValueOrDefault(tie.To) + 1;
        }

        var counterpartIds = scopeTies.SelectMany(t => new[] { t.From, t.To }).Where(id => !scopeIds.Contains(id)).ToHashSet();
        var outside = areaNetwork.Members.Where(m => counterpartIds.Contains(m.Id));
        var nodes = inScope.Select(m => Node(m, false))
            .Concat(outside.Select(m => Node(m, true)))
            .ToList();
        var shown = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = scopeTies
            .Select(t => new MapEdge(t.From.ToString(), t.To.ToString(), t.Type, t.LastContactOn))
            .Where(e => shown.Contains(e.From) && shown.Contains(e.To))
            .ToList();
        return MapLayout.Arrange(new NetworkMap(nodes, edges));

        MapNode Node(Member member, bool isOutside)
        {
            var person = member as Person;
            var showContact = person?.ShowContactDetails == true;
            return new MapNode(
                member.Id.ToString(),
                member.Name,
                member.Kind,
                member.Themes,
                member.Districts,
                tieCounts.GetValueOrDefault(member.Id),
                member.JoinedOn,
                lastContact.TryGetValue(member.Id, out var last) ? last : null,
                analysis.ClusterOf.GetValueOrDefault(member.Id),
                isOutside,
                showContact ? person!.Email : null,
                showContact ? person!.Phone : null);
        }
    }
}
