using Microsoft.Extensions.Logging;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Moves the outbox's notifications to the "notifications" queue: enqueue first, then remove the outbox row. A crash in
/// between enqueues it again next time; the dispatcher's delivery log absorbs the duplicate.
/// </summary>
public sealed partial class OutboxRelay(OutboxReader outbox, AppQueues queues, ILogger<OutboxRelay> logger)
{
    private const int BatchSize = 32;

    /// <summary>Relays everything pending for the municipality; returns how many messages it enqueued.</summary>
    public async Task<int> RelayAsync(string municipality, CancellationToken cancellationToken)
    {
        var relayed = 0;
        while (true)
        {
            var pending = await outbox.ListPendingAsync(municipality, BatchSize, cancellationToken);
            foreach (var notification in pending)
            {
                await queues.Notifications.SendMessageAsync(NotificationMessage.From(notification).ToJson(), cancellationToken);
                await outbox.RemoveAsync(notification, cancellationToken);
                relayed++;
            }

            if (pending.Count < BatchSize)
            {
                break;
            }
        }

        if (relayed > 0)
        {
            LogRelayed(logger, relayed);
        }

        return relayed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Count} notifications queued.")]
    private static partial void LogRelayed(ILogger logger, int count);
}
