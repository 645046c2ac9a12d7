using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Successes;

namespace Wijkverbinder.Storage.Successes;

/// <summary>Successes in table "successes" (<see cref="SuccessRows"/>): one partition per area, newest first.</summary>
public sealed class TableSuccessStore(AppTables tables) : ISuccessStore
{
    public Task AddAsync(Success success, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(success);
        return tables.Successes.AddEntityAsync(SuccessRows.ToRow(success), cancellationToken);
    }

    public async Task<IReadOnlyList<Success>> ListAsync(AreaId area, int max, CancellationToken cancellationToken)
    {
        var found = new List<Success>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {area.ToString()}");
        await foreach (var row in tables.Successes.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(max, 1, 1000), cancellationToken: cancellationToken))
        {
            if (found.Count >= max)
            {
                break;
            }

            found.Add(SuccessRows.FromRow(row));
        }

        return found;
    }

    public async Task<IReadOnlyList<Success>> ListBetweenAsync(AreaId area, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {area.ToString()} and RowKey ge {SuccessRows.Before(to)} and RowKey lt {SuccessRows.Before(from)}");
        var found = new List<Success>();
        await foreach (var row in tables.Successes.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(SuccessRows.FromRow(row));
        }

        return found;
    }
}
