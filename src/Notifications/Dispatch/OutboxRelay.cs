using Microsoft.Extensions.Logging;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Notifications.Programme;
using Wijkverbinder.Storage.Queues;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Moves the outboxes to their queues: referral notifications to "notifications", meeting tasks to "meetings",
/// programme changes to "programme", booking cards to "bookings". Each message carries the trace context of the change
/// that wrote it (<see cref="QueueTraceContext"/>). Enqueue first, then remove the outbox row.
/// A crash in between enqueues it again next time; the delivery log of the
/// dispatchers absorbs the duplicate.
/// </summary>
public sealed partial class OutboxRelay(OutboxReader outbox, AppQueues queues, ILogger<OutboxRelay> logger)
{
    private const int BatchSize = 32;

    /// <summary>Relays everything pending for the municipality; returns how many messages it enqueued.</summary>
    public async Task<int> RelayAsync(string municipality, CancellationToken cancellationToken)
    {
        var notifications = await RelayAsync(
            max => outbox.ListPendingEntriesAsync(municipality, max, cancellationToken),
            n => queues.Notifications.SendMessageAsync(NotificationMessage.From(n.Item, n.Trace).ToJson(), cancellationToken),
            n => outbox.RemoveAsync(n.Item, cancellationToken));
        var tasks = await RelayAsync(
            max => outbox.ListPendingTaskEntriesAsync(municipality, max, cancellationToken),
            t => queues.Meetings.SendMessageAsync(MeetingTaskMessage.From(t.Item, t.Trace).ToJson(), cancellationToken),
            t => outbox.RemoveAsync(t.Item, cancellationToken));
        var changes = await RelayAsync(
            max => outbox.ListPendingProgrammeEntriesAsync(municipality, max, cancellationToken),
            c => queues.Programme.SendMessageAsync(ProgrammeCardMessage.From(c.Item, c.Trace).ToJson(), cancellationToken),
            c => outbox.RemoveAsync(c.Item, cancellationToken));
        var bookings = await RelayAsync(
            max => outbox.ListPendingBookingEntriesAsync(municipality, max, cancellationToken),
            t => queues.Bookings.SendMessageAsync(BookingTaskMessage.From(t.Item, t.Trace).ToJson(), cancellationToken),
            t => outbox.RemoveAsync(t.Item, cancellationToken));
        if (notifications + tasks + changes + bookings > 0)
        {
            LogRelayed(logger, notifications, tasks, changes, bookings);
        }

        return notifications + tasks + changes + bookings;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Notifications} notifications, {Tasks} meeting tasks, {Changes} programme changes and {Bookings} booking cards queued.")]
    private static partial void LogRelayed(ILogger logger, int notifications, int tasks, int changes, int bookings);
}
