using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Referrals;

/// <summary>
/// Reads the notifications that were written with their event but not yet relayed (the outbox rows of a municipality),
/// and removes one once it is on the queue.
/// </summary>
public sealed class OutboxReader(AppTables tables)
{
    /// <summary>The oldest pending notifications first, at most <paramref name="max"/>; one range query.</summary>
    public async Task<IReadOnlyList<Notification>> ListPendingAsync(string municipality, int max, CancellationToken ct)
    {
        // Row keys order by referral, not by time, and the relay keeps the outbox short: read it whole and sort.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {municipality} and RowKey ge {ReferralKeys.Outboxes} and RowKey lt {ReferralKeys.AfterOutboxes}");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.Referrals.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }

        return rows
            .OrderBy(OutboxRows.At)
            .ThenBy(r => r.RowKey, StringComparer.Ordinal)
            .Take(Math.Max(0, max))
            .Select(OutboxRows.FromRow)
            .ToList();
    }

    /// <summary>Removes the outbox row; removing one that is already gone is fine.</summary>
    public async Task RemoveAsync(Notification notification, CancellationToken ct)
    {
        try
        {
            await tables.Referrals.DeleteEntityAsync(ReferralKeys.Partition(notification.Referral), ReferralKeys.Outbox(notification), ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed already (the relay ran twice, or another instance was first).
        }
    }
}
