using System.Globalization;

namespace Wijkverbinder.Storage.Network;

/// <summary>Dates are stored as "yyyy-MM-dd" strings: no time zone to get wrong, and they sort.</summary>
internal static class StoredDate
{
    public static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Read(string? text) => DateOnly.ParseExact(text ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
