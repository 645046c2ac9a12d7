namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>One queue worked in-process: the TeamsApp's queue job polls each of them.</summary>
public interface IQueueBatchProcessor
{
    /// <summary>Receives one batch and handles it; returns how many messages it received (0: the queue looks empty).</summary>
    Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken);
}
