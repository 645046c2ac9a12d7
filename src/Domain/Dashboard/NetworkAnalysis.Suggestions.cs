namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Suggested connections: two members without a tie that share at least one theme and at least one neighbour, ranked
/// by shared themes plus common neighbours (then by name, so the list is stable).
/// </summary>
public sealed partial class NetworkAnalysis
{
    private List<SuggestedConnection> Suggestions()
    {
        var n = members.Count;
        var common = new int[n];
        var adjacentTo = new int[n];
        var touched = new List<int>();
        // The weakest of the best so far sits on top, ready to give way.
        var best = new PriorityQueue<(int From, int To, int Score), (int From, int To, int Score)>(
            Comparer<(int From, int To, int Score)>.Create(Better));
        for (var a = 0; a < n; a++)
        {
            if (themesOf[a].Length == 0)
            {
                continue;
            }

            var stamp = a + 1;
            foreach (var v in Neighbours(a))
            {
                adjacentTo[v] = stamp;
            }

            // Two steps away through each neighbour: every later member b counts the neighbours it shares with a.
            touched.Clear();
            foreach (var v in Neighbours(a))
            {
                foreach (var b in Neighbours(v))
                {
                    if (b <= a || adjacentTo[b] == stamp)
                    {
                        continue;
                    }

                    if (common[b]++ == 0)
                    {
                        touched.Add(b);
                    }
                }
            }

            foreach (var b in touched)
            {
                var shared = SharedThemeCount(a, b);
                if (shared > 0)
                {
                    var candidate = (a, b, shared + common[b]);
                    if (best.Count < SuggestionCount)
                    {
                        best.Enqueue(candidate, candidate);
                    }
                    else if (Better(candidate, best.Peek()) > 0)
                    {
                        best.EnqueueDequeue(candidate, candidate);
                    }
                }

                common[b] = 0;
            }
        }

        var chosen = best.UnorderedItems.Select(i => i.Element).ToList();
        chosen.Sort((x, y) => Better(y, x));
        return [.. chosen.Select(Explain)];
    }

    /// <summary>Positive when <paramref name="x"/> ranks above <paramref name="y"/>: higher score, then names in order.</summary>
    private int Better((int From, int To, int Score) x, (int From, int To, int Score) y)
    {
        if (x.Score != y.Score)
        {
            return x.Score.CompareTo(y.Score);
        }

        var byFrom = string.CompareOrdinal(NameOf(y.From), NameOf(x.From));
        return byFrom != 0 ? byFrom : string.CompareOrdinal(NameOf(y.To), NameOf(x.To));
    }

    private int SharedThemeCount(int a, int b)
    {
        var count = 0;
        foreach (var theme in themesOf[a])
        {
            if (Works(b, theme))
            {
                count++;
            }
        }

        return count;
    }

    private SuggestedConnection Explain((int From, int To, int Score) pair)
    {
        var shared = themesOf[pair.From].Where(t => Works(pair.To, t)).Select(t => themeIds[t]).Order(StringComparer.Ordinal).ToList();
        var toNeighbours = Neighbours(pair.To).ToArray();
        var neighbours = Neighbours(pair.From).ToArray()
            .Where(v => toNeighbours.Contains(v))
            .Select(NameOf)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SuggestedConnection(IdOf(pair.From), NameOf(pair.From), IdOf(pair.To), NameOf(pair.To), shared, neighbours, pair.Score);
    }
}
