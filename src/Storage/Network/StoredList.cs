namespace Wijkverbinder.Storage.Network;

/// <summary>Short lists of codes are stored as one ";"-separated string column (codes never contain ";").</summary>
internal static class StoredList
{
    public static string Write(IEnumerable<string> items) => string.Join(';', items);

    public static string[] Read(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
