using Azure;
using Azure.Data.Tables;

namespace Wijkverbinder.Storage.Retention;

/// <summary>Deletes rows in entity-group transactions of at most 100 per partition; a row someone else removed first is no error.</summary>
internal static class RowDeleter
{
    private const int MaxPerTransaction = 100;

    public static async Task<long> DeleteAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        long deleted = 0;
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            foreach (var chunk in partition.DistinctBy(r => r.RowKey).Chunk(MaxPerTransaction))
            {
                try
                {
                    await table.SubmitTransactionAsync([.. chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All))], cancellationToken);
                    deleted += chunk.Length;
                }
                catch (TableTransactionFailedException)
                {
                    // One row was gone already (another run): delete the rest one by one.
                    foreach (var row in chunk)
                    {
                        var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                        deleted += response.Status == 404 ? 0 : 1;
                    }
                }
            }
        }

        return deleted;
    }

    /// <summary>The keys of every row the filter selects (only the keys travel).</summary>
    public static async Task<List<TableEntity>> KeysAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
