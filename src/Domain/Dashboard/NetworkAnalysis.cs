using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Graph analysis of a network as an undirected graph of members (ties of any type, several ties between two members
/// count as one): clusters, communities per theme, brokers (Brandes' betweenness, exact up to a work budget and
/// estimated from evenly spread sources beyond it), members that bridge themes and suggested connections. Members are
/// numbered once and the work runs on arrays.
/// </summary>
public sealed partial class NetworkAnalysis
{
    public const int BrokerCount = 10;
    public const int SuggestionCount = 20;
    private const int ClusterExamples = 3;

    /// <summary>
    /// Betweenness is exact while sources × 4 × ties (two passes over both directions of each tie) stays within this
    /// many steps (a few tenths of a second of processor time on the shared build machine);
    /// beyond it, as many evenly spread sources as fit are used and the sums scaled up (Brandes and Pich's pivots).
    /// </summary>
    public const long DefaultBetweennessBudget = 25_000_000;

    private readonly long betweennessBudget;

    private readonly IReadOnlyList<Member> members;
    private readonly Dictionary<string, int> themeIndex = new(StringComparer.Ordinal);
    private readonly string[] themeIds;
    private readonly int[][] themesOf;
    private readonly UndirectedGraph<int, SUndirectedEdge<int>> graph = new(allowParallelEdges: false);

    /// <summary>Adjacency in compressed rows: the neighbours of member i are targets[offsets[i]..offsets[i + 1]].</summary>
    private readonly int[] offsets;
    private readonly int[] targets;

    private NetworkAnalysis(IReadOnlyList<Member> members, IEnumerable<Tie> ties, long betweennessBudget)
    {
        this.members = members;
        this.betweennessBudget = betweennessBudget;
        var index = new Dictionary<MemberId, int>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            index[members[i].Id] = i;
        }

        themesOf = members.Select(m => m.Themes.Select(ThemeNumber).Distinct().Order().ToArray()).ToArray();
        themeIds = [.. themeIndex.OrderBy(t => t.Value).Select(t => t.Key)];

        graph.AddVertexRange(Enumerable.Range(0, members.Count));
        var degree = new int[members.Count];
        foreach (var tie in ties)
        {
            if (!index.TryGetValue(tie.From, out var a) || !index.TryGetValue(tie.To, out var b) || a == b)
            {
                continue;
            }

            // SUndirectedEdge wants source <= target; AddEdge refuses a second edge between the same two members.
            if (graph.AddEdge(new SUndirectedEdge<int>(Math.Min(a, b), Math.Max(a, b))))
            {
                degree[a]++;
                degree[b]++;
            }
        }

        offsets = new int[members.Count + 1];
        for (var i = 0; i < members.Count; i++)
        {
            offsets[i + 1] = offsets[i] + degree[i];
        }

        targets = new int[offsets[members.Count]];
        var fill = (int[])offsets.Clone();
        foreach (var edge in graph.Edges)
        {
            targets[fill[edge.Source]++] = edge.Target;
            targets[fill[edge.Target]++] = edge.Source;
        }
    }

    /// <summary>Analyses <paramref name="members"/> and the ties among them; ties to anyone else are left out.</summary>
    public static NetworkAnalysisResult Analyse(IReadOnlyList<Member> members, IEnumerable<Tie> ties, long betweennessBudget = DefaultBetweennessBudget)
    {
        var analysis = new NetworkAnalysis(members, ties, betweennessBudget);
        var (clusters, clusterOf) = analysis.Clusters();
        var (brokers, sources) = analysis.Brokers();
        return new NetworkAnalysisResult(clusters, analysis.Communities(), brokers, analysis.Bridges(), analysis.Suggestions())
        {
            ClusterOf = clusterOf,
            BrokerSources = sources,
            Members = members.Count,
        };
    }

    private int ThemeNumber(string theme)
    {
        if (!themeIndex.TryGetValue(theme, out var number))
        {
            number = themeIndex.Count;
            themeIndex[theme] = number;
        }

        return number;
    }

    private ReadOnlySpan<int> Neighbours(int member) => targets.AsSpan(offsets[member], offsets[member + 1] - offsets[member]);

    private int Degree(int member) => offsets[member + 1] - offsets[member];

    private string IdOf(int member) => members[member].Id.ToString();

    private string NameOf(int member) => members[member].Name;

    /// <summary>Connected components through QuikGraph; a member without ties belongs to no cluster (number 0).</summary>
    private (IReadOnlyList<Cluster> Clusters, IReadOnlyDictionary<MemberId, int> ClusterOf) Clusters()
    {
        var components = new ConnectedComponentsAlgorithm<int, SUndirectedEdge<int>>(graph);
        components.Compute();
        var groups = components.Components
            .GroupBy(c => c.Value, c => c.Key)
            .Select(g => g.ToList())
            .Where(g => g.Count > 1)
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Min())
            .ToList();

        var clusterOf = members.ToDictionary(m => m.Id, _ => 0);
        var clusters = new List<Cluster>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var member in groups[i])
            {
                clusterOf[members[member].Id] = i + 1;
            }

            var examples = groups[i].OrderByDescending(Degree).ThenBy(NameOf, StringComparer.Ordinal).Take(ClusterExamples).Select(NameOf).ToList();
            clusters.Add(new Cluster(i + 1, groups[i].Count, examples));
        }

        return (clusters, clusterOf);
    }

    /// <summary>Per theme, the connected groups of the network of only the members working on it.</summary>
    private List<ThemeCommunity> Communities()
    {
        var communities = new List<ThemeCommunity>(themeIds.Length);
        var seen = new int[members.Count];
        var queue = new Queue<int>();
        for (var theme = 0; theme < themeIds.Length; theme++)
        {
            var stamp = theme + 1;
            var groups = new List<List<int>>();
            var count = 0;
            for (var start = 0; start < members.Count; start++)
            {
                if (seen[start] == stamp || !Works(start, theme))
                {
                    continue;
                }

                var group = new List<int>();
                seen[start] = stamp;
                queue.Enqueue(start);
                while (queue.TryDequeue(out var member))
                {
                    group.Add(member);
                    foreach (var neighbour in Neighbours(member))
                    {
                        if (seen[neighbour] != stamp && Works(neighbour, theme))
                        {
                            seen[neighbour] = stamp;
                            queue.Enqueue(neighbour);
                        }
                    }
                }

                count += group.Count;
                groups.Add(group);
            }

            communities.Add(new ThemeCommunity(
                themeIds[theme],
                count,
                groups.OrderByDescending(g => g.Count).ThenBy(g => g.Min()).Select(g => (IReadOnlyList<string>)g.Select(IdOf).ToList()).ToList()));
        }

        return communities;
    }

    private bool Works(int member, int theme) => Array.BinarySearch(themesOf[member], theme) >= 0;

    /// <summary>Members with ties to members of at least two themes they do not work on themselves.</summary>
    private List<ThemeBridge> Bridges()
    {
        var bridges = new List<ThemeBridge>();
        var reached = new SortedSet<int>();
        for (var member = 0; member < members.Count; member++)
        {
            reached.Clear();
            foreach (var neighbour in Neighbours(member))
            {
                foreach (var theme in themesOf[neighbour])
                {
                    if (!Works(member, theme))
                    {
                        reached.Add(theme);
                    }
                }
            }

            if (reached.Count >= 2)
            {
                bridges.Add(new ThemeBridge(IdOf(member), NameOf(member), reached.Select(t => themeIds[t]).Order(StringComparer.Ordinal).ToList()));
            }
        }

        return [.. bridges.OrderByDescending(b => b.Themes.Count).ThenBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Id, StringComparer.Ordinal)];
    }
}
