using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Works a queue the way the Functions queue trigger does, for running in-process (locally): a handled message is
/// deleted; a failed one becomes visible again after an exponential backoff (2 s, 4 s, 8 s…); one that failed
/// <see cref="AppQueues.MaxDequeueCount"/> times moves to the poison queue. The handler decides what a message means.
/// </summary>
public sealed partial class QueueProcessor(QueueClient queue, QueueClient poison, Func<string, CancellationToken, Task> handle, ILogger logger) : IQueueBatchProcessor
{
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(2);

    /// <summary>The wait before a message that failed for the <paramref name="dequeueCount"/>th time is tried again.</summary>
    public static TimeSpan Backoff(long dequeueCount) =>
        FirstBackoff * Math.Pow(2, Math.Clamp(dequeueCount - 1, 0, 8));

    public async Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken)
    {
        QueueMessage[] messages = await queue.ReceiveMessagesAsync(maxMessages, VisibilityTimeout, cancellationToken);
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
            await handle(message.Body.ToString(), cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= AppQueues.MaxDequeueCount)
            {
                await poison.SendMessageAsync(message.Body.ToString(), cancellationToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                LogPoisoned(logger, queue.Name, message.MessageId, message.DequeueCount, e.GetType().Name);
            }
            else
            {
                var backoff = Backoff(message.DequeueCount);
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: backoff, cancellationToken: cancellationToken);
                LogRetry(logger, queue.Name, message.MessageId, message.DequeueCount, e.GetType().Name, backoff);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue {Queue} message {MessageId} failed (try {DequeueCount}, {Error}); again in {Backoff}.")]
    private static partial void LogRetry(ILogger logger, string queue, string messageId, long dequeueCount, string error, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue {Queue} message {MessageId} failed {DequeueCount} times ({Error}); moved to the poison queue.")]
    private static partial void LogPoisoned(ILogger logger, string queue, string messageId, long dequeueCount, string error);
}
