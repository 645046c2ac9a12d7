using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Storage.Notifications;

/// <summary>
/// The delivery log in Table Storage: table "deliveries", partition = municipality, row = notification id or digest
/// key. A claim is an insert (first attempt) or an ETag-guarded update, so of two attempts at once one loses.
/// </summary>
public sealed class TableDeliveryLog(AppTables tables, TimeProvider clock) : IDeliveryLog
{
    public async Task<Delivery?> GetAsync(string municipality, string key, CancellationToken cancellationToken) =>
        (await ReadAsync(municipality, key, cancellationToken)) is { } row ? DeliveryRows.FromRow(row) : null;

    public async Task<Delivery?> ClaimAsync(string municipality, string key, CancellationToken cancellationToken)
    {
        var row = await ReadAsync(municipality, key, cancellationToken);
        var previous = row is null ? null : DeliveryRows.FromRow(row);
        if (previous is { IsFinal: true })
        {
            return previous;
        }

        var claim = new Delivery(key, DeliveryState.Sending, (previous?.Attempts ?? 0) + 1, clock.GetUtcNow());
        try
        {
            if (row is null)
            {
                await tables.Deliveries.AddEntityAsync(DeliveryRows.ToRow(municipality, claim), cancellationToken);
            }
            else
            {
                await tables.Deliveries.UpdateEntityAsync(DeliveryRows.ToRow(municipality, claim), row.ETag, TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            throw new VersionConflictException($"Delivery {key} was claimed by another attempt.");
        }

        return previous;
    }

    public Task MarkSentAsync(string municipality, string key, string? activityId, CancellationToken cancellationToken) =>
        WriteFinalAsync(municipality, key, DeliveryState.Sent, activityId, null, cancellationToken);

    public Task MarkSkippedAsync(string municipality, string key, string reason, CancellationToken cancellationToken) =>
        WriteFinalAsync(municipality, key, DeliveryState.Skipped, null, reason, cancellationToken);

    private async Task WriteFinalAsync(
        string municipality, string key, DeliveryState state, string? activityId, string? reason, CancellationToken cancellationToken)
    {
        var attempts = (await GetAsync(municipality, key, cancellationToken))?.Attempts ?? 1;
        var entry = new Delivery(key, state, attempts, clock.GetUtcNow(), activityId, reason);
        await tables.Deliveries.UpsertEntityAsync(DeliveryRows.ToRow(municipality, entry), TableUpdateMode.Replace, cancellationToken);
    }

    private async Task<TableEntity?> ReadAsync(string municipality, string key, CancellationToken cancellationToken)
    {
        var response = await tables.Deliveries.GetEntityIfExistsAsync<TableEntity>(municipality, key, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
