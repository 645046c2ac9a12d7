using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Retention;

namespace Wijkverbinder.Storage.Retention;

/// <summary>
/// Conversation addresses of people and channels that uninstalled or blocked the bot, more than
/// Retention:ConversationReferencesOfLeaversDays ago. The table is per tenant, not per municipality, and one
/// installation serves one municipality, so this looks at the whole (small) table.
/// </summary>
internal sealed class ConversationsOfLeaversRetention(AppTables tables, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string RecordType => "conversationReference";

    public async Task<long> DeleteExpiredAsync(string municipality, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (RetentionOptions.CutOff(now, options.Value.ConversationReferencesOfLeaversDays) is not { } cutOff)
        {
            return 0;
        }

        var rows = await RowDeleter.KeysAsync(tables.Conversations, TableClient.CreateQueryFilter($"(Installed eq {false} or Blocked eq {true}) and UpdatedAt lt {cutOff}"), cancellationToken);
        return await RowDeleter.DeleteAsync(tables.Conversations, rows, cancellationToken);
    }
}
