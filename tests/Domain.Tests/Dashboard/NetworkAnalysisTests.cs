using Wijkverbinder.Domain.Dashboard;
using static Wijkverbinder.Domain.Tests.Dashboard.DashboardSamples;

namespace Wijkverbinder.Domain.Tests.Dashboard;

public sealed class NetworkAnalysisTests
{
    [Fact]
    public void ClustersAreTheConnectedPartsLargestFirstAndLoneMembersBelongToNone()
    {
        var m = Members(None, None, None, None, None, None);
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (3, 4), (4, 5)));

        Assert.Equal([(1, 3), (2, 2)], result.Clusters.Select(c => (c.Number, c.Size)));
        Assert.Equal("E", result.Clusters[0].Examples[0]);
        Assert.Equal([2, 2, 0, 1, 1, 1], m.Select(x => result.ClusterOf[x.Id]));
    }

    [Fact]
    public void TheCentreOfAStarIsTheOnlyBrokerWithScoreOne()
    {
        var m = Members(None, None, None, None, None);
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (0, 2), (0, 3), (0, 4)));

        var broker = Assert.Single(result.Brokers);
        Assert.Equal(("A", 1.0), (broker.Name, broker.Score));
    }

    [Fact]
    public void ASmallNetworkIsAnalysedExactlyFromEveryMember()
    {
        var m = Members(None, None, None);
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (1, 2)));

        Assert.Equal((3, 3, false), (result.Members, result.BrokerSources, result.BrokersEstimated));
    }

    [Fact]
    public void BeyondTheBudgetBrokersAreEstimatedFromSomeMembersAndTheCentreStillLeads()
    {
        // A star of 150 ties: 4 × 150 steps per source (two passes over both directions), a budget of 60,000 allows 100.
        var m = Members([.. Enumerable.Repeat(None, 151)]);
        var result = NetworkAnalysis.Analyse(m, Ties(m, [.. Enumerable.Range(1, 150).Select(i => (0, i))]), betweennessBudget: 60_000);

        Assert.Equal((151, 100, true), (result.Members, result.BrokerSources, result.BrokersEstimated));
        var broker = Assert.Single(result.Brokers);
        Assert.Equal("A", broker.Name);
        Assert.InRange(broker.Score, 0.95, 1.02);
    }

    [Fact]
    public void OnAPathOfFourTheInnerMembersBrokerTwoOfThreePairsEach()
    {
        var m = Members(None, None, None, None);
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (1, 2), (2, 3)));

        Assert.Equal([("B", 0.6667), ("C", 0.6667)], result.Brokers.Select(b => (b.Name, b.Score)));
    }

    [Fact]
    public void TwoTiesBetweenTheSameMembersCountAsOnePath()
    {
        var m = Members(None, None, None);
        var ties = Ties(m, (0, 1), (1, 2));
        ties.Add(Tie(m[1], m[0], type: Network.TieType.MetAt));

        var result = NetworkAnalysis.Analyse(m, ties);

        Assert.Equal([("B", 1.0)], result.Brokers.Select(b => (b.Name, b.Score)));
    }

    [Fact]
    public void AtMostTenBrokersAreListed()
    {
        var m = Members([.. Enumerable.Repeat(None, 30)]);
        var result = NetworkAnalysis.Analyse(m, Ties(m, [.. Enumerable.Range(0, 29).Select(i => (i, i + 1))]));

        Assert.Equal(NetworkAnalysis.BrokerCount, result.Brokers.Count);
        Assert.Equal("O", result.Brokers[0].Name);
    }

    [Fact]
    public void ABridgeHasTiesToMembersOfTwoThemesItDoesNotWorkOn()
    {
        string[] armoede = ["armoede"], meedoen = ["meedoen"], groen = ["groen"];
        var m = Members(armoede, meedoen, groen, armoede, [.. armoede, .. meedoen]);

        // A knows B (meedoen) and C (groen): a bridge. D knows A and E: E's meedoen is the only theme D lacks.
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (0, 2), (3, 0), (3, 4)));

        var bridge = Assert.Single(result.Bridges);
        Assert.Equal("A", bridge.Name);
        Assert.Equal(["groen", "meedoen"], bridge.Themes);
    }

    [Fact]
    public void SuggestionsShareAThemeAndANeighbourAndRankByBoth()
    {
        string[] armoede = ["armoede"], both = ["armoede", "meedoen"];
        var m = Members(both, None, both, armoede, armoede, both);

        // A–B–C, A–F–C: A and C share two themes and two neighbours (score 4).
        // D–B–E: D and E share one theme and one neighbour (score 2). B knows everyone but has no theme.
        // A and D share a theme and neighbour B (score 2), and so on; F and B share no theme: never suggested.
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (1, 2), (0, 5), (5, 2), (3, 1), (1, 4)));

        var top = result.Suggestions[0];
        Assert.Equal(("A", "C", 4), (top.FromName, top.ToName, top.Score));
        Assert.Equal(["armoede", "meedoen"], top.SharedThemes);
        Assert.Equal(["B", "F"], top.CommonNeighbours);
        Assert.DoesNotContain(result.Suggestions, s => s.FromName == "B" || s.ToName == "B");
        Assert.DoesNotContain(result.Suggestions, s => (s.FromName, s.ToName) is ("A", "B") or ("A", "F"));
        Assert.Contains(result.Suggestions, s => (s.FromName, s.ToName, s.Score) == ("D", "E", 2));
        Assert.All(result.Suggestions.Skip(1), s => Assert.True(s.Score <= top.Score));
    }

    [Fact]
    public void MembersAlreadyTiedAreNeverSuggested()
    {
        string[] armoede = ["armoede"];
        var m = Members(armoede, armoede, armoede);
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (1, 2), (0, 2)));

        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void AtMostTwentySuggestionsAreListed()
    {
        string[] armoede = ["armoede"];
        var m = Members([.. Enumerable.Repeat(armoede, 12)]);

        // A star around A: its 11 leaves form 55 suggested pairs, each with score 2.
        var result = NetworkAnalysis.Analyse(m, Ties(m, [.. Enumerable.Range(1, 11).Select(i => (0, i))]));

        Assert.Equal(NetworkAnalysis.SuggestionCount, result.Suggestions.Count);
        Assert.Equal(("B", "C"), (result.Suggestions[0].FromName, result.Suggestions[0].ToName));
    }

    [Fact]
    public void ACommunityIsAGroupOfTheThemesMembersThatReachEachOtherThroughThatTheme()
    {
        string[] armoede = ["armoede"];
        var m = Members(armoede, None, armoede, armoede, ["meedoen"]);

        // A–B–C: A and C reach each other only through B, who does not work on armoede. C–D do.
        var result = NetworkAnalysis.Analyse(m, Ties(m, (0, 1), (1, 2), (2, 3), (3, 4)));

        var armoedeGroups = Assert.Single(result.Communities, c => c.Theme == "armoede");
        Assert.Equal(3, armoedeGroups.Members);
        Assert.Equal([[m[2].Id.ToString(), m[3].Id.ToString()], [m[0].Id.ToString()]], armoedeGroups.Groups);
        Assert.Equal(1, Assert.Single(result.Communities, c => c.Theme == "meedoen").Members);
    }

    [Fact]
    public void TiesToMembersOutsideTheAnalysedNetworkAreLeftOut()
    {
        var m = Members(None, None, None);
        var outsider = Partner("X");
        var ties = Ties(m, (0, 1));
        ties.Add(Tie(m[1], outsider));
        ties.Add(Tie(outsider, m[2]));

        var result = NetworkAnalysis.Analyse(m, ties);

        Assert.Equal([2], result.Clusters.Select(c => c.Size));
        Assert.Empty(result.Brokers);
    }
}
