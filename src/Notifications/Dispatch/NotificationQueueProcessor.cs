using Microsoft.Extensions.Logging;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>The "notifications" queue worked in-process (<see cref="QueueProcessor"/>), each message dispatched by <see cref="NotificationDispatcher"/>.</summary>
public sealed class NotificationQueueProcessor(
    AppQueues queues,
    NotificationDispatcher dispatcher,
    ILogger<NotificationQueueProcessor> logger) : IQueueBatchProcessor
{
    private readonly QueueProcessor processor = new(
        queues.Notifications, queues.Poison, (body, ct) => dispatcher.DispatchAsync(NotificationMessage.Parse(body), ct), logger);

    /// <summary>The wait before a message that failed for the <paramref name="dequeueCount"/>th time is tried again.</summary>
    public static TimeSpan Backoff(long dequeueCount) => QueueProcessor.Backoff(dequeueCount);

    public Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(maxMessages, cancellationToken);
}
