using Azure.Data.Tables;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>Every table of the storage account, every row, every text property (keys included).</summary>
internal static class TableScan
{
    /// <summary>"table/partition/row: column" of every text value that contains one of <paramref name="needles"/> (case-insensitive).</summary>
    public static async Task<List<string>> FindAsync(TableServiceClient service, IReadOnlyCollection<string> needles)
    {
        var hits = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                foreach (var (column, value) in row)
                {
                    if (value is string text && needles.Any(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)))
                    {
                        hits.Add($"{table.Name}/{row.PartitionKey}/{row.RowKey}: {column}");
                    }
                }
            }
        }

        return hits;
    }
}
