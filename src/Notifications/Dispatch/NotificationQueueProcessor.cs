using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Works the "notifications" queue the way the Functions queue trigger does, for running in-process (locally): a
/// dispatched message is deleted; a failed one becomes visible again after an exponential backoff (2 s, 4 s, 8 s…);
/// one that failed <see cref="AppQueues.MaxDequeueCount"/> times moves to "notifications-poison".
/// </summary>
public sealed partial class NotificationQueueProcessor(
    AppQueues queues,
    NotificationDispatcher dispatcher,
    ILogger<NotificationQueueProcessor> logger)
{
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);

    /// <summary>The wait before a message that failed for the <paramref name="dequeueCount"/>th time is tried again.</summary>
    public static TimeSpan Backoff(long dequeueCount) =>
        FirstBackoff * Math.Pow(2, Math.Clamp(dequeueCount - 1, 0, 8));

    /// <summary>Receives one batch and handles it; returns how many messages it received (0: the queue looks empty).</summary>
    public async Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken)
    {
        QueueMessage[] messages = await queues.Notifications.ReceiveMessagesAsync(maxMessages, VisibilityTimeout, cancellationToken);
        foreach (var message in messages)
        {
            await ProcessAsync(message, cancellationToken);
        }

        return messages.Length;
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.DispatchAsync(NotificationMessage.Parse(message.Body.ToString()), cancellationToken);
            await queues.Notifications.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= AppQueues.MaxDequeueCount)
            {
                await queues.Poison.SendMessageAsync(message.Body.ToString(), cancellationToken);
                await queues.Notifications.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                LogPoisoned(logger, message.MessageId, message.DequeueCount, e.GetType().Name);
            }
            else
            {
                var backoff = Backoff(message.DequeueCount);
                await queues.Notifications.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backoff, cancellationToken: cancellationToken);
                LogRetry(logger, message.MessageId, message.DequeueCount, e.GetType().Name, backoff);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue message {MessageId} failed (try {DequeueCount}, {Error}); again in {Backoff}.")]
    private static partial void LogRetry(ILogger logger, string messageId, long dequeueCount, string error, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue message {MessageId} failed {DequeueCount} times ({Error}); moved to the poison queue.")]
    private static partial void LogPoisoned(ILogger logger, string messageId, long dequeueCount, string error);
}
