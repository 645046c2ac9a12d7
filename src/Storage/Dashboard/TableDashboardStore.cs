using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Dashboard;

namespace Wijkverbinder.Storage.Dashboard;

/// <summary>
/// Snapshots in the table "dashboards": partition = municipality, one row per scope holding the snapshot as
/// Brotli-compressed JSON cut into binary columns of at most 64 KiB. A snapshot too large for one entity (1 MB)
/// continues in rows "{scope}|{generation}|{n}"; one query reads the head row and its continuation rows, so reading
/// is always one request. Saving is one upsert per row and one query for continuation rows of an older snapshot.
/// docs/storage.md explains the layout.
/// </summary>
public sealed class TableDashboardStore(AppTables tables) : IDashboardStore
{
    /// <summary>The service's limit for a binary column.</summary>
    internal const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// Chunks per row: 11 × 64 KiB is 704 KiB, which stays under the 1 MiB entity limit even where the size is counted
    /// on the wire in base64 (Azurite does), with room for keys and the other columns.
    /// </summary>
    internal const int ChunksPerRow = 11;

    public async Task<DashboardSnapshot?> GetAsync(DashboardScope scope, CancellationToken cancellationToken)
    {
        var key = scope.ToString();
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {scope.Municipality} and (RowKey eq {key} or (RowKey gt {key + "|"} and RowKey lt {key + "|~"}))");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Dashboards.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        var head = rows.FirstOrDefault(r => r.RowKey == key);
        if (head is null)
        {
            return null;
        }

        var generation = head.GetString("Generation");
        var continuation = rows
            .Where(r => r.RowKey != key && r.GetString("Generation") == generation)
            .OrderBy(r => r.RowKey, StringComparer.Ordinal);
        var compressed = new MemoryStream();
        foreach (var row in continuation.Prepend(head))
        {
            for (var i = 0; row.GetBinary(Column(i)) is { } chunk; i++)
            {
                compressed.Write(chunk);
            }
        }

        compressed.Position = 0;
        await using var json = new BrotliStream(compressed, CompressionMode.Decompress);
        return await JsonSerializer.DeserializeAsync(json, DashboardJsonContext.Default.DashboardSnapshot, cancellationToken);
    }

    public async Task SaveAsync(DashboardScope scope, DashboardSnapshot snapshot, CancellationToken cancellationToken)
    {
        var compressed = Compress(snapshot);
        var key = scope.ToString();
        var generation = Guid.CreateVersion7(snapshot.BuiltAt).ToString("N");
        var rowChunks = compressed.Chunk(ChunkBytes).Chunk(ChunksPerRow).ToList();
        var continuation = rowChunks.Skip(1)
            .Select((chunks, i) => Row(scope, $"{key}|{generation}|{(i + 1).ToString("D3", CultureInfo.InvariantCulture)}", generation, chunks))
            .ToList();

        // Continuation rows first, the head last: a reader sees either the old head with its rows or the new one.
        foreach (var row in continuation)
        {
            await tables.Dashboards.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }

        var head = Row(scope, key, generation, rowChunks.Count == 0 ? [] : rowChunks[0]);
        head["Rows"] = rowChunks.Count;
        head["CompressedBytes"] = compressed.Length;
        head["BuiltAt"] = snapshot.BuiltAt;
        await tables.Dashboards.UpsertEntityAsync(head, TableUpdateMode.Replace, cancellationToken);

        // Continuation rows of an earlier, larger snapshot go (one query that normally finds nothing).
        await DeleteOtherGenerationsAsync(scope, key, generation, cancellationToken);
    }

    internal static byte[] Compress(DashboardSnapshot snapshot)
    {
        var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, snapshot, DashboardJsonContext.Default.DashboardSnapshot);
        }

        return output.ToArray();
    }

    private static TableEntity Row(DashboardScope scope, string rowKey, string generation, IEnumerable<byte[]> chunks)
    {
        var row = new TableEntity(scope.Municipality, rowKey) { ["Generation"] = generation };
        var i = 0;
        foreach (var chunk in chunks)
        {
            row[Column(i++)] = chunk;
        }

        return row;
    }

    private static string Column(int i) => "Data" + i.ToString("D2", CultureInfo.InvariantCulture);

    private async Task DeleteOtherGenerationsAsync(DashboardScope scope, string key, string generation, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {scope.Municipality} and RowKey gt {key + "|"} and RowKey lt {key + "|~"}");
        await foreach (var row in tables.Dashboards.QueryAsync<TableEntity>(filter, select: ["RowKey", "Generation"], cancellationToken: cancellationToken))
        {
            if (row.GetString("Generation") != generation)
            {
                await tables.Dashboards.DeleteEntityAsync(scope.Municipality, row.RowKey, ETag.All, cancellationToken);
            }
        }
    }
}
