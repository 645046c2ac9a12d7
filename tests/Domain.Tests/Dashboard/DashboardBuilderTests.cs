using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Tests.Referrals;
using static Wijkverbinder.Domain.Tests.Dashboard.DashboardSamples;

namespace Wijkverbinder.Domain.Tests.Dashboard;

public sealed class DashboardBuilderTests
{
    private static readonly ColleagueId Ann = new("00000000-0000-0000-0000-0000000000a1");
    private static readonly ColleagueId Bob = new("00000000-0000-0000-0000-0000000000b2");
    private static readonly Dictionary<ColleagueId, string> Names = new() { [Ann] = "Ann de Vries", [Bob] = "Bob Jansen" };
    private readonly DashboardBuilder builder = new(new FakeTimeProvider(Now));

    [Fact]
    public void TheFiguresAndTheirListsNameTheSameNewDormantAndIsolatedMembers()
    {
        var newcomer = Initiative("Nieuw", "meedoen") with { JoinedOn = new DateOnly(2026, 10, 1) };
        var active = Partner("Actief", "armoede");
        var dormant = Partner("Slapend", "armoede");
        var alone = Partner("Alleen");
        var other = Partner("Ander");
        var network = new NetworkView(
            [newcomer, active, dormant, alone, other],
            [Tie(newcomer, active), Tie(dormant, other, new DateOnly(2026, 5, 27)), Tie(other, active)]);

        var snapshot = Area(network);

        var figures = snapshot.Figures;
        Assert.Equal((5, 1, 1, 1), (figures.Members, figures.NewThisQuarter, figures.Dormant, figures.Isolated));
        Assert.Equal((1, 4, 0), (figures.ByKind[MemberKind.Initiative], figures.ByKind[MemberKind.Partner], figures.ByKind[MemberKind.Person]));
        Assert.Equal((2, 1, 0), (figures.ByTheme["armoede"], figures.ByTheme["meedoen"], figures.ByTheme["groen"]));
        Assert.Equal(["Nieuw"], snapshot.NewMembers.Select(m => m.Name));
        var dormantRow = Assert.Single(snapshot.DormantMembers);
        Assert.Equal(("Slapend", new DateOnly(2026, 5, 27)), (dormantRow.Name, dormantRow.LastContact));
        var isolatedRow = Assert.Single(snapshot.IsolatedMembers);
        Assert.Equal(("Alleen", (DateOnly?)null), (isolatedRow.Name, isolatedRow.LastContact));
    }

    [Fact]
    public void TheDormancyPeriodIsConfigurable()
    {
        var a = Partner("A");
        var b = Partner("B");
        var network = new NetworkView([a, b], [Tie(a, b, Today.AddMonths(-2).AddDays(-1))]);

        var strict = new DashboardBuilder(new FakeTimeProvider(Now), dormantAfterMonths: 2).BuildArea(Town, Town.Areas[0], network, [], Names)[0];

        Assert.Equal((2, 2), (strict.DormantAfterMonths, strict.Figures.Dormant));
        Assert.Equal(0, Area(network).Figures.Dormant);
    }

    [Fact]
    public void AThemeWithoutAnInitiativeWorkingOnItIsListedEvenWhenPartnersWorkOnIt()
    {
        var network = new NetworkView([Initiative("Tuin", "groen"), Partner("School", "armoede")], []);

        Assert.Equal(["armoede", "meedoen"], Area(network).Figures.ThemesWithoutInitiative);
    }

    [Fact]
    public void ADistrictSnapshotHoldsItsMembersAndShowsTheirTiesElsewhereOnTheMap()
    {
        var here = Partner("Hier");
        var there = Partner("Daar") with { Districts = [District2] };
        var farther = Partner("Verder") with { Districts = [District2] };
        var network = new NetworkView([here, there, farther], [Tie(here, there), Tie(there, farther)]);

        var snapshots = builder.BuildArea(Town, Town.Areas[0], network, [], Names);

        Assert.Equal(["GM9999.N", District1, District2], snapshots.Select(s => s.Scope));
        Assert.Equal(["Noord", "Eerste Wijk", "Tweede Wijk"], snapshots.Select(s => s.ScopeName));
        var district = snapshots[1];
        Assert.Equal(1, district.Figures.Members);
        Assert.Equal([("Hier", false, 1), ("Daar", true, 2)], district.Map.Nodes.Select(n => (n.Name, n.Outside, n.Ties)));
        Assert.Equal([(here.Id.ToString(), there.Id.ToString())], district.Map.Edges.Select(e => (e.From, e.To)));
        Assert.Equal(3, snapshots[0].Map.Nodes.Count);
        Assert.Equal(2, snapshots[0].Map.Edges.Count);
    }

    [Fact]
    public void ThePersonsContactDetailsAreOnTheMapOnlyWhenTheyChoseToShowThem()
    {
        var shows = Person("Vera", showContact: true);
        var hides = Person("Piet", showContact: false);

        var nodes = Area(new NetworkView([shows, hides], [])).Map.Nodes;

        Assert.Equal(("vera@example.org", "+31 6 0000 0000"), (nodes[0].Email, nodes[0].Phone));
        Assert.Equal((null, null), (nodes[1].Email, nodes[1].Phone));
    }

    [Fact]
    public void TheMapCarriesEachMembersClusterFromTheAnalysis()
    {
        var m = Members(None, None, None);
        var snapshot = Area(new NetworkView(m, Ties(m, (0, 1))));

        Assert.Equal([1, 1, 0], snapshot.Map.Nodes.Select(n => n.Cluster));
        Assert.Equal(2, Assert.Single(snapshot.Analysis.Clusters).Size);
    }

    [Fact]
    public void ThePipelineCountsOpenAndOverdueAndTakesMediansPerThemeAndReceiver()
    {
        var referrals = new List<ReferralRecord>
        {
            // Ann: accepted after 1 and 3 days (median 2, even count), one completed after 4 days, one overdue.
            Record(Ann, "armoede", created: Now.AddDays(-20), accepted: 1, completed: 4),
            Record(Ann, "armoede", created: Now.AddDays(-10), accepted: 3, due: Today.AddDays(-1)),
            // Bob: accepted after 5 days, and one still waiting (odd count over all: 1, 3, 5 → 3).
            Record(Bob, "meedoen", created: Now.AddDays(-30), accepted: 5),
            Record(Bob, "meedoen", created: Now.AddDays(-2)),
            // Not counted: another area's district, and one created over 12 months ago.
            Record(Bob, "meedoen", created: Now.AddDays(-2)) with { Referral = Referral(Bob, "meedoen", Now.AddDays(-2), Today) with { District = "WK999903" } },
            Record(Ann, "armoede", created: Now.AddMonths(-13), accepted: 1),
        };

        var pipeline = builder.BuildArea(Town, Town.Areas[0], new NetworkView([], []), referrals, Names)[0].Pipeline;

        Assert.Equal((4, 3, 1, 3.0, 4.0), (pipeline.Total.Referrals, pipeline.Total.Open, pipeline.Total.Overdue, pipeline.Total.MedianDaysToAccept, pipeline.Total.MedianDaysToComplete));
        Assert.Equal([("armoede", "Armoede", 2, 1, 2.0), ("meedoen", "Meedoen", 2, 2, 5.0)], pipeline.ByTheme.Select(r => (r.Key, r.Name, r.Referrals, r.Open, r.MedianDaysToAccept!.Value)));
        Assert.Equal([("Bob Jansen", 2, (double?)null), ("Ann de Vries", 1, 4.0)], pipeline.ByReceiver.Select(r => (r.Name, r.Open, r.MedianDaysToComplete)));
    }

    [Fact]
    public void TheSnapshotSurvivesAJsonRoundTrip()
    {
        var m = Members(["armoede"], ["armoede"], ["armoede", "meedoen"]);
        var snapshot = Area(new NetworkView(m, Ties(m, (0, 1), (1, 2))));

        var json = JsonSerializer.Serialize(snapshot, DashboardJsonContext.Default.DashboardSnapshot);
        var back = JsonSerializer.Deserialize(json, DashboardJsonContext.Default.DashboardSnapshot)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, DashboardJsonContext.Default.DashboardSnapshot));
        Assert.Contains("\"kind\":\"Partner\"", json, StringComparison.Ordinal);
        Assert.Equal(snapshot.Analysis.Suggestions[0].CommonNeighbours, back.Analysis.Suggestions[0].CommonNeighbours);
    }

    private DashboardSnapshot Area(NetworkView network) => builder.BuildArea(Town, Town.Areas[0], network, [], Names)[0];

    private static ReferralRecord Record(ColleagueId receiver, string theme, DateTimeOffset created, int? accepted = null, int? completed = null, DateOnly? due = null)
    {
        var history = new List<ReferralEvent> { Event(1, ReferralEventKind.Created, created, ReferralStatus.New) };
        var status = ReferralStatus.Sent;
        if (accepted is { } a)
        {
            history.Add(Event(2, ReferralEventKind.Accepted, created.AddDays(a), status = ReferralStatus.Accepted));
        }

        if (completed is { } c)
        {
            history.Add(Event(3, ReferralEventKind.Completed, created.AddDays(c), status = ReferralStatus.Completed));
        }

        return new ReferralRecord(Referral(receiver, theme, created, due ?? Today.AddDays(5)) with { Status = status }, history);
    }

    private static Referral Referral(ColleagueId receiver, string theme, DateTimeOffset created, DateOnly due) =>
        ReferralSamples.Referral() with { Receiver = receiver, Theme = theme, District = District1, CreatedAt = created, DueDate = due };

    private static ReferralEvent Event(int sequence, ReferralEventKind kind, DateTimeOffset at, ReferralStatus after) =>
        new() { Sequence = sequence, Kind = kind, At = at, StatusAfter = after };
}
