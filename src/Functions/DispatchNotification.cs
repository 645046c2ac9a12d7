using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Functions;

/// <summary>Dispatches one queued notification; a throw makes the host retry it, and after five tries park it in "notifications-poison".</summary>
public sealed class DispatchNotification(NotificationDispatcher dispatcher)
{
    [Function(nameof(DispatchNotification))]
    public Task RunAsync(
        [QueueTrigger(AppQueues.NotificationsQueueName, Connection = "storage")] string message,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(NotificationMessage.Parse(message), cancellationToken);
}
