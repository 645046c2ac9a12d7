using Azure;
using Azure.Data.Tables;
using Wijkverbinder.Domain.Conversations;

namespace Wijkverbinder.Storage.Conversations;

/// <summary>Conversation addresses in Table Storage: one partition per tenant, one row per person or channel.</summary>
public sealed class TableConversationDirectory(AppTables tables) : IConversationDirectory
{
    public async Task SaveAsync(ConversationAddress address, CancellationToken cancellationToken) =>
        await tables.Conversations.UpsertEntityAsync(ConversationRows.ToRow(address), TableUpdateMode.Replace, cancellationToken);

    public async Task<ConversationAddress?> FindAsync(string tenantId, ConversationKind kind, string key, CancellationToken cancellationToken)
    {
        var row = await tables.Conversations.GetEntityIfExistsAsync<TableEntity>(tenantId, ConversationRows.RowKey(kind, key), cancellationToken: cancellationToken);
        return row.HasValue ? ConversationRows.FromRow(row.Value!) : null;
    }

    public async Task<IReadOnlyList<ConversationAddress>> ListChannelsAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        var prefix = $"{ConversationKind.Channel}|";
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {tenantId} and RowKey ge {prefix} and RowKey lt {ConversationKind.Channel + "}"} and TeamId eq {teamId}");
        var list = new List<ConversationAddress>();
        await foreach (var row in tables.Conversations.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(ConversationRows.FromRow(row));
        }

        return list;
    }

    public Task<bool> MarkUninstalledAsync(string tenantId, ConversationKind kind, string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        MergeAsync(tenantId, kind, key, "Installed", false, at, cancellationToken);

    public Task<bool> MarkBlockedAsync(string tenantId, ConversationKind kind, string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        MergeAsync(tenantId, kind, key, "Blocked", true, at, cancellationToken);

    private async Task<bool> MergeAsync(string tenantId, ConversationKind kind, string key, string flag, bool value, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = new TableEntity(tenantId, ConversationRows.RowKey(kind, key)) { [flag] = value, ["UpdatedAt"] = at };
        try
        {
            // A flag set on an address that is gone does nothing: there is nothing left to send to.
            await tables.Conversations.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }
}
