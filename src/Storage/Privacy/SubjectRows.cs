using System.Globalization;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Storage.Privacy;

/// <summary>Reading and cleaning a row for one person, whatever its table: keys and every text column.</summary>
internal static class SubjectRows
{
    private static readonly HashSet<string> SystemColumns = new(["PartitionKey", "RowKey", "Timestamp", "odata.etag"], StringComparer.Ordinal);

    public static bool KeyMentions(TableEntity row, SubjectText text) =>
        text.Mentions(row.PartitionKey) || text.Mentions(row.RowKey) || text.Mentions($"{row.PartitionKey}.{row.RowKey}");

    public static bool Mentions(TableEntity row, SubjectText text) =>
        KeyMentions(row, text) || row.Where(c => !SystemColumns.Contains(c.Key)).Any(c => c.Value is string s && text.Mentions(s));

    /// <summary>The row with every mention in a text column replaced by the placeholder.</summary>
    public static TableEntity Scrub(TableEntity row, SubjectText text, string placeholder)
    {
        var scrubbed = new TableEntity(row.PartitionKey, row.RowKey) { ETag = row.ETag };
        foreach (var (column, value) in row.Where(c => !SystemColumns.Contains(c.Key)))
        {
            scrubbed[column] = value is string s ? text.Replace(s, placeholder) : value;
        }

        return scrubbed;
    }

    /// <summary>"referrals.event": the table and the row's kind, where the table has kinds.</summary>
    public static string RecordType(SubjectTable table, TableEntity row) =>
        table.HasKinds && (row.GetString("Type") ?? row.GetString("Kind")) is { } kind && !string.IsNullOrEmpty(kind) ? $"{table.Name}.{kind}" : table.Name;

    /// <summary>The row's columns as text, binary ones by their size only.</summary>
    public static IReadOnlyDictionary<string, string?> Fields(TableEntity row)
    {
        var fields = new SortedDictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PartitionKey"] = row.PartitionKey,
            ["RowKey"] = row.RowKey,
        };
        foreach (var (column, value) in row.Where(c => !SystemColumns.Contains(c.Key)))
        {
            fields[column] = value switch
            {
                byte[] bytes => $"({bytes.Length} bytes)",
                DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value?.ToString(),
            };
        }

        return fields;
    }
}
