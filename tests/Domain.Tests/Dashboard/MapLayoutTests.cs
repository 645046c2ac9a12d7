using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Tests.Dashboard;

public sealed class MapLayoutTests
{
    [Fact]
    public void EveryMemberIsPlacedApartAndTheSameMapTheSameWay()
    {
        var map = Map(40, Ring(40));

        var placed = MapLayout.Arrange(map);

        Assert.All(placed.Nodes, n => Assert.True(double.IsFinite(n.X!.Value) && double.IsFinite(n.Y!.Value), n.Id));
        Assert.Equal(40, placed.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
        Assert.Equal(placed.Nodes.Select(n => (n.X, n.Y)), MapLayout.Arrange(map).Nodes.Select(n => (n.X, n.Y)));
        Assert.Equal(map.Nodes.Select(n => n with { X = null, Y = null }), placed.Nodes.Select(n => n with { X = null, Y = null }));
        Assert.Equal(map.Edges, placed.Edges);
    }

    [Fact]
    public void MembersWithATieEndUpCloserThanMembersWithout()
    {
        // Two groups of ten, each a ring, and no tie between them.
        List<(int From, int To)> edges = [.. Ring(10), .. Ring(10).Select(e => (e.From + 10, e.To + 10))];

        var placed = MapLayout.Arrange(Map(20, edges)).Nodes;

        double Distance(int a, int b) => Math.Sqrt(Math.Pow(placed[a].X!.Value - placed[b].X!.Value, 2) + Math.Pow(placed[a].Y!.Value - placed[b].Y!.Value, 2));
        var tied = edges.Average(e => Distance(e.From, e.To));
        var apart = Enumerable.Range(0, 10).Average(i => Distance(i, i + 10));
        Assert.True(tied < apart / 2, $"tied {tied:F0}, apart {apart:F0}");
    }

    [Fact]
    public void AMemberWithoutTiesStaysNearTheOthers()
    {
        var placed = MapLayout.Arrange(Map(21, Ring(20))).Nodes;

        var centre = (X: placed.Take(20).Average(n => n.X!.Value), Y: placed.Take(20).Average(n => n.Y!.Value));
        var ringRadius = placed.Take(20).Max(n => Math.Sqrt(Math.Pow(n.X!.Value - centre.X, 2) + Math.Pow(n.Y!.Value - centre.Y, 2)));
        var alone = Math.Sqrt(Math.Pow(placed[20].X!.Value - centre.X, 2) + Math.Pow(placed[20].Y!.Value - centre.Y, 2));
        Assert.True(alone < ringRadius * 3, $"alone at {alone:F0}, ring radius {ringRadius:F0}");
    }

    [Fact]
    public void ALargeMapIsLeftToThePageToDrawInRings()
    {
        var map = Map(MapLayout.MaxNodes + 1, Ring(MapLayout.MaxNodes + 1));

        Assert.Same(map, MapLayout.Arrange(map));
        Assert.Empty(MapLayout.Arrange(Map(0, [])).Nodes);
    }

    private static List<(int From, int To)> Ring(int count) => [.. Enumerable.Range(0, count).Select(i => (i, (i + 1) % count))];

    private static NetworkMap Map(int count, IEnumerable<(int From, int To)> ties) => new(
        [.. Enumerable.Range(0, count).Select(i => new MapNode($"GM0202.M.{i:D4}", $"Lid {i}", MemberKind.Initiative, ["meedoen"], ["WK020201"], 2, new DateOnly(2026, 1, 1), null, 1, false, null, null))],
        [.. ties.Select(t => new MapEdge($"GM0202.M.{t.From:D4}", $"GM0202.M.{t.To:D4}", TieType.WorksWith, new DateOnly(2026, 11, 1)))]);
}
