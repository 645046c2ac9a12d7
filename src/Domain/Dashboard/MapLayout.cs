namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Places the members of a map once, when its snapshot is built, so that every page that shows it draws at once
/// instead of running a force layout in each browser (docs/performance.md: that was the largest part of opening the
/// status tab). Fruchterman-Reingold with a pull to the centre (members without ties stay near), from fixed starting
/// points, so the same map is always drawn the same way. A map of more than <see cref="MaxNodes"/> members gets no
/// positions: the page draws those in rings, which needs no layout.
/// </summary>
public static class MapLayout
{
    public const int MaxNodes = 300;

    private const int Iterations = 150;
    private const double Spacing = 60;
    private const double Gravity = 0.04;

    public static NetworkMap Arrange(NetworkMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var count = map.Nodes.Count;
        if (count is 0 or > MaxNodes)
        {
            return map;
        }

        var index = map.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var edges = map.Edges.Select(e => (From: index[e.From], To: index[e.To])).Where(e => e.From != e.To).ToList();
        var (x, y) = Start(count);
        var (dx, dy) = (new double[count], new double[count]);
        var temperature = Spacing * Math.Sqrt(count) / 4;
        for (var step = 0; step < Iterations; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Repel(x, y, dx, dy);
            Attract(edges, x, y, dx, dy);
            Move(x, y, dx, dy, temperature * (1 - (double)step / Iterations) + 1);
        }

        return map with { Nodes = [.. map.Nodes.Select((n, i) => n with { X = Math.Round(x[i], 1), Y = Math.Round(y[i], 1) })] };
    }

    /// <summary>On a sunflower spiral: spread out, and the same for the same number of members.</summary>
    private static (double[] X, double[] Y) Start(int count)
    {
        var (x, y) = (new double[count], new double[count]);
        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var i = 0; i < count; i++)
        {
            var radius = Spacing * Math.Sqrt(i + 0.5);
            (x[i], y[i]) = (radius * Math.Cos(i * golden), radius * Math.Sin(i * golden));
        }

        return (x, y);
    }

    private static void Repel(double[] x, double[] y, double[] dx, double[] dy)
    {
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = i + 1; j < x.Length; j++)
            {
                var (ex, ey) = (x[i] - x[j], y[i] - y[j]);
                var distance = Math.Max(Math.Sqrt((ex * ex) + (ey * ey)), 0.01);
                var force = Spacing * Spacing / distance;
                var (fx, fy) = (ex / distance * force, ey / distance * force);
                (dx[i], dy[i], dx[j], dy[j]) = (dx[i] + fx, dy[i] + fy, dx[j] - fx, dy[j] - fy);
            }
        }
    }

    private static void Attract(List<(int From, int To)> edges, double[] x, double[] y, double[] dx, double[] dy)
    {
        foreach (var (from, to) in edges)
        {
            var (ex, ey) = (x[from] - x[to], y[from] - y[to]);
            var distance = Math.Max(Math.Sqrt((ex * ex) + (ey * ey)), 0.01);
            var force = distance * distance / Spacing;
            var (fx, fy) = (ex / distance * force, ey / distance * force);
            (dx[from], dy[from], dx[to], dy[to]) = (dx[from] - fx, dy[from] - fy, dx[to] + fx, dy[to] + fy);
        }
    }

    /// <summary>Each member moves along its force, at most <paramref name="limit"/>, and a little towards the centre.</summary>
    private static void Move(double[] x, double[] y, double[] dx, double[] dy, double limit)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var (fx, fy) = (dx[i] - (Gravity * x[i] * Spacing), dy[i] - (Gravity * y[i] * Spacing));
            var length = Math.Sqrt((fx * fx) + (fy * fy));
            if (length > 0)
            {
                var step = Math.Min(length, limit);
                x[i] += fx / length * step;
                y[i] += fy / length * step;
            }
        }
    }
}
