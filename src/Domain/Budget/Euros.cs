using System.Globalization;

namespace Wijkverbinder.Domain.Budget;

/// <summary>
/// Amounts in euros are <see cref="decimal"/> with at most two decimals, stored as whole cents (a long), so every
/// sum is exact: 0.10 + 0.20 is 0.30, never 0.30000000000000004.
/// </summary>
public static class Euros
{
    /// <summary>The largest amount anywhere (a year's budget of an area included).</summary>
    public const decimal Max = 100_000_000m;

    public static bool IsWholeCents(decimal amount) => decimal.Round(amount, 2) == amount;

    public static long ToCents(decimal amount) =>
        IsWholeCents(amount) ? decimal.ToInt64(amount * 100m) : throw new ArgumentException("An amount has at most two decimals.", nameof(amount));

    public static decimal FromCents(long cents) => cents / 100m;

    /// <summary>
    /// Reads a typed amount exactly: with a comma it is Dutch ("1.234,50", "12,5"), else plain ("1234.50"); an
    /// optional € in front. Null when it is not an amount with at most two decimals as typed: "25.000" and "1,500"
    /// are refused rather than read as € 25,00 and € 1,50, because they may mean thousands.
    /// </summary>
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimStart('€').Trim();
        var culture = trimmed.Contains(',', StringComparison.Ordinal) ? Dutch : CultureInfo.InvariantCulture;
        var style = culture == Dutch ? NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands : NumberStyles.AllowDecimalPoint;
        var separator = trimmed.LastIndexOf(culture.NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal);
        if (separator >= 0 && trimmed.Length - separator - 1 > 2)
        {
            return null;
        }

        return decimal.TryParse(trimmed, style, culture, out var amount) && IsWholeCents(amount) ? amount : null;
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
}
