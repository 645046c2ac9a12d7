using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Wijkverbinder.Storage;

namespace Wijkverbinder.Benchmarks.NaiveStorage;

/// <summary>
/// How many rows the service must read to answer an operation's queries: a point read reads one row, a key range
/// the rows in it, a query within a partition that partition, a query without a partition key the whole table.
/// Counted afterwards with queries of their own (outside any tally). Azurite answers a scan in few requests, but the
/// table service's work (and on Azure, its continuation pages across partition servers) grows with these rows.
/// </summary>
internal static partial class ScannedRows
{
    public static async Task<long> OfAsync(TableServiceClient service, IEnumerable<StorageRequest> requests)
    {
        long rows = 0;
        var tableSizes = new Dictionary<string, long>();
        foreach (var request in requests.Where(r => r.Method == "GET").DistinctBy(r => (r.Path, r.Filter)))
        {
            var path = Uri.UnescapeDataString(request.Path);
            var table = TablePattern().Match(path).Groups["table"].Value;
            var client = service.GetTableClient(table);
            if (path.Contains("PartitionKey=", StringComparison.Ordinal))
            {
                rows += 1;
            }
            else if (request.Filter is not { } filter)
            {
                rows += tableSizes.TryGetValue(table, out var size) ? size : tableSizes[table] = await CountAsync(client, null);
            }
            else if (PartitionPattern().Match(filter) is { Success: true } partition)
            {
                rows += filter.Contains("RowKey", StringComparison.Ordinal)
                    ? await CountAsync(client, filter)
                    : await CountAsync(client, $"PartitionKey eq '{partition.Groups["key"].Value}'");
            }
            else
            {
                // The table does not change between an operation's queries: count it once.
                rows += tableSizes.TryGetValue(table, out var size) ? size : tableSizes[table] = await CountAsync(client, null);
            }
        }

        return rows;
    }

    private static async Task<long> CountAsync(TableClient table, string? filter)
    {
        long count = 0;
        try
        {
            await foreach (var _ in table.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
            {
                count++;
            }
        }
        catch (Azure.RequestFailedException e)
        {
            throw new InvalidOperationException($"{table.Name} {filter}", e);
        }

        return count;
    }

    [GeneratedRegex(@"(?<table>[A-Za-z0-9]+)\(")]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"PartitionKey eq '(?<key>[^']*)'")]
    private static partial Regex PartitionPattern();
}
