namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The middle value; for an even count the mean of the two middle ones; null for none.</summary>
public static class Median
{
    public static double? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
