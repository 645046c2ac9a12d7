using Azure.Data.Tables;
using Wijkverbinder.Domain.Conversations;

namespace Wijkverbinder.Storage.Conversations;

/// <summary>
/// Conversation addresses: PartitionKey the tenant, RowKey "{kind}|{key}" with the key escaped (a conversation id may
/// hold characters a row key may not).
/// </summary>
internal static class ConversationRows
{
    public static string RowKey(ConversationKind kind, string key) => $"{kind}|{Uri.EscapeDataString(key)}";

    public static TableEntity ToRow(ConversationAddress address) => new(address.TenantId, RowKey(address.Kind, address.Key))
    {
        ["ConversationId"] = address.ConversationId,
        ["ServiceUrl"] = address.ServiceUrl,
        ["ChannelId"] = address.ChannelId,
        ["BotId"] = address.BotId,
        ["UserId"] = address.UserId,
        ["TeamId"] = address.TeamId,
        ["TeamName"] = address.TeamName,
        ["ChannelName"] = address.ChannelName,
        ["Locale"] = address.Locale,
        ["UpdatedAt"] = address.UpdatedAt,
        ["Installed"] = address.Installed,
        ["Blocked"] = address.Blocked,
    };

    public static ConversationAddress FromRow(TableEntity row)
    {
        var separator = row.RowKey.IndexOf('|', StringComparison.Ordinal);
        return new ConversationAddress
        {
            TenantId = row.PartitionKey,
            Kind = Enum.Parse<ConversationKind>(row.RowKey[..separator]),
            Key = Uri.UnescapeDataString(row.RowKey[(separator + 1)..]),
            ConversationId = row.GetString("ConversationId"),
            ServiceUrl = row.GetString("ServiceUrl"),
            ChannelId = row.GetString("ChannelId"),
            BotId = row.GetString("BotId"),
            UserId = row.GetString("UserId"),
            TeamId = row.GetString("TeamId"),
            TeamName = row.GetString("TeamName"),
            ChannelName = row.GetString("ChannelName"),
            Locale = row.GetString("Locale"),
            UpdatedAt = row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
            Installed = row.GetBoolean("Installed") ?? true,
            Blocked = row.GetBoolean("Blocked") ?? false,
        };
    }
}
