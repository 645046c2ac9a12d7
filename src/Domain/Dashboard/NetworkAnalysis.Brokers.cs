namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Brokers: Brandes' algorithm for betweenness centrality on the unweighted, undirected graph, O(sources × ties). All
/// members are sources while the work fits the budget; beyond it evenly spread ones, their sums scaled to all.
/// </summary>
public sealed partial class NetworkAnalysis
{
    private (List<Broker> Brokers, int Sources) Brokers()
    {
        var n = members.Count;
        if (n < 3)
        {
            return ([], n);
        }

        var steps = Math.Max(1L, 2L * targets.Length);
        var sourceCount = (int)Math.Clamp(betweennessBudget / steps, Math.Min(n, 100), n);
        var centrality = Betweenness(sourceCount);

        // Undirected: every pair was counted from both ends. Normalised by the number of pairs the others form, and
        // scaled up when only some members were sources.
        var scale = n / (double)sourceCount / ((n - 1) * (double)(n - 2));
        List<Broker> brokers = [.. Enumerable.Range(0, n)
            .Where(i => centrality[i] > 1e-9)
            .OrderByDescending(i => centrality[i])
            .ThenBy(NameOf, StringComparer.Ordinal)
            .ThenBy(IdOf, StringComparer.Ordinal)
            .Take(BrokerCount)
            .Select(i => new Broker(IdOf(i), NameOf(i), Math.Round(centrality[i] * scale, 4)))];
        return (brokers, sourceCount);
    }

    /// <summary>
    /// Sources are split into a fixed number of slices, each summed on its own and the slices added in order, so the
    /// result is the same however many cores run them.
    /// </summary>
    private double[] Betweenness(int sourceCount)
    {
        const int slices = 8;
        var n = members.Count;
        var partial = new double[slices][];
        Parallel.For(0, slices, slice =>
        {
            var centrality = new double[n];
            var state = new BrandesState(n);
            for (var k = slice; k < sourceCount; k += slices)
            {
                // Evenly spread over the members: all of them when sourceCount is n.
                var source = (int)((long)k * n / sourceCount);
                if (Degree(source) > 0)
                {
                    Accumulate(source, state, centrality);
                }
            }

            partial[slice] = centrality;
        });

        var total = new double[n];
        foreach (var centrality in partial)
        {
            for (var i = 0; i < n; i++)
            {
                total[i] += centrality[i];
            }
        }

        return total;
    }

    /// <summary>Adds the dependencies of all members on <paramref name="source"/>'s shortest paths.</summary>
    private void Accumulate(int source, BrandesState state, double[] centrality)
    {
        var (sigma, distance, delta, order) = (state.Sigma, state.Distance, state.Delta, state.Order);

        // Breadth-first from the source: distances, the number of shortest paths, and the order of discovery.
        distance[source] = 0;
        sigma[source] = 1;
        order[0] = source;
        var head = 0;
        var tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = distance[v] + 1;
            foreach (var w in Neighbours(v))
            {
                if (distance[w] < 0)
                {
                    distance[w] = next;
                    order[tail++] = w;
                }

                if (distance[w] == next)
                {
                    sigma[w] += sigma[v];
                }
            }
        }

        // Back from the farthest: each member passes its dependency to its predecessors on shortest paths.
        for (var k = tail - 1; k > 0; k--)
        {
            var w = order[k];
            var share = (1 + delta[w]) / sigma[w];
            var previous = distance[w] - 1;
            foreach (var v in Neighbours(w))
            {
                if (distance[v] == previous)
                {
                    delta[v] += sigma[v] * share;
                }
            }

            centrality[w] += delta[w];
        }

        // Reset only what this source touched: its component, not the whole network.
        for (var k = 0; k < tail; k++)
        {
            var v = order[k];
            distance[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
    }

    private sealed class BrandesState
    {
        public BrandesState(int n)
        {
            Sigma = new double[n];
            Distance = new int[n];
            Delta = new double[n];
            Order = new int[n];
            Array.Fill(Distance, -1);
        }

        public double[] Sigma { get; }

        public int[] Distance { get; }

        public double[] Delta { get; }

        public int[] Order { get; }
    }
}
