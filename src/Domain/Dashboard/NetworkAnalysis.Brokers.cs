namespace Wijkverbinder.Domain.Dashboard;

/// <summary>Brokers: Brandes' algorithm for betweenness centrality on the unweighted, undirected graph.</summary>
public sealed partial class NetworkAnalysis
{
    private List<Broker> Brokers()
    {
        var n = members.Count;
        if (n < 3)
        {
            return [];
        }

        var centrality = Betweenness();

        // Undirected: every pair was counted from both ends. Normalised by the number of pairs the others form.
        var scale = 1.0 / ((n - 1) * (double)(n - 2));
        return [.. Enumerable.Range(0, n)
            .Where(i => centrality[i] > 1e-9)
            .OrderByDescending(i => centrality[i])
            .ThenBy(NameOf, StringComparer.Ordinal)
            .ThenBy(IdOf, StringComparer.Ordinal)
            .Take(BrokerCount)
            .Select(i => new Broker(IdOf(i), NameOf(i), Math.Round(centrality[i] * scale, 4)))];
    }

    private double[] Betweenness()
    {
        var n = members.Count;
        var centrality = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var order = new int[n];
        for (var source = 0; source < n; source++)
        {
            if (Degree(source) == 0)
            {
                continue;
            }

            // Breadth-first from the source: distances, the number of shortest paths, and the order of discovery.
            Array.Fill(distance, -1);
            Array.Clear(sigma);
            Array.Clear(delta);
            distance[source] = 0;
            sigma[source] = 1;
            order[0] = source;
            var head = 0;
            var tail = 1;
            while (head < tail)
            {
                var v = order[head++];
                foreach (var w in Neighbours(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }

                    if (distance[w] == distance[v] + 1)
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
                foreach (var v in Neighbours(w))
                {
                    if (distance[v] == distance[w] - 1)
                    {
                        delta[v] += sigma[v] * share;
                    }
                }

                centrality[w] += delta[w];
            }
        }

        return centrality;
    }
}
