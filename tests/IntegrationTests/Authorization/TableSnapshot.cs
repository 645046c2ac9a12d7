using Azure.Data.Tables;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Authorization;

/// <summary>
/// Every row of every table on Azurite except the audit table, as table, keys and ETag: two equal snapshots mean
/// nothing was written, changed or deleted in between.
/// </summary>
internal static class TableSnapshot
{
    private static readonly string[] Keys = ["PartitionKey", "RowKey"];

    public static async Task<SortedSet<string>> TakeAsync(AzuriteFixture azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var audit = azurite.Tables.Audit.Name;
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync())
        {
            if (table.Name == audit)
            {
                continue;
            }

            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>(select: Keys))
            {
                rows.Add($"{table.Name}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
            }
        }

        return rows;
    }
}
