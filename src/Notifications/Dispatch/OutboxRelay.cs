using Microsoft.Extensions.Logging;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Moves the outboxes to their queues: referral notifications to "notifications", meeting tasks to "meetings",
/// booking cards to "bookings".
/// Enqueue first, then remove the outbox row. A crash in between enqueues it again next time; the delivery log of the
/// dispatchers absorbs the duplicate.
/// </summary>
public sealed partial class OutboxRelay(OutboxReader outbox, AppQueues queues, ILogger<OutboxRelay> logger)
{
    private const int BatchSize = 32;

    /// <summary>Relays everything pending for the municipality; returns how many messages it enqueued.</summary>
    public async Task<int> RelayAsync(string municipality, CancellationToken cancellationToken)
    {
        var notifications = await RelayAsync(
            max => outbox.ListPendingAsync(municipality, max, cancellationToken),
            n => queues.Notifications.SendMessageAsync(NotificationMessage.From(n).ToJson(), cancellationToken),
            n => outbox.RemoveAsync(n, cancellationToken));
        var tasks = await RelayAsync(
            max => outbox.ListPendingTasksAsync(municipality, max, cancellationToken),
            t => queues.Meetings.SendMessageAsync(MeetingTaskMessage.From(t).ToJson(), cancellationToken),
            t => outbox.RemoveAsync(t, cancellationToken));
        var bookings = await RelayAsync(
            max => outbox.ListPendingBookingTasksAsync(municipality, max, cancellationToken),
            t => queues.Bookings.SendMessageAsync(BookingTaskMessage.From(t).ToJson(), cancellationToken),
            t => outbox.RemoveAsync(t, cancellationToken));
        if (notifications + tasks + bookings > 0)
        {
            LogRelayed(logger, notifications, tasks, bookings);
        }

        return notifications + tasks + bookings;
    }

    private static async Task<int> RelayAsync<T>(Func<int, Task<IReadOnlyList<T>>> list, Func<T, Task> enqueue, Func<T, Task> remove)
    {
        var relayed = 0;
        while (true)
        {
            var pending = await list(BatchSize);
            foreach (var item in pending)
            {
                await enqueue(item);
                await remove(item);
                relayed++;
            }

            if (pending.Count < BatchSize)
            {
                return relayed;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Notifications} notifications, {Tasks} meeting tasks and {Bookings} booking cards queued.")]
    private static partial void LogRelayed(ILogger logger, int notifications, int tasks, int bookings);
}
