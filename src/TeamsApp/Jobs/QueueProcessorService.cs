using Wijkverbinder.Notifications.Dispatch;

namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>Works the queues (notifications, meetings) in-process, as the Functions queue triggers would in Azure (Jobs:RunInProcess).</summary>
internal sealed partial class QueueProcessorService(
    IEnumerable<IQueueBatchProcessor> processors,
    TimeProvider clock,
    ILogger<QueueProcessorService> logger) : BackgroundService
{
    private const int BatchSize = 8;
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var received = 0;
            try
            {
                foreach (var processor in processors)
                {
                    received += await processor.ProcessBatchAsync(BatchSize, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e.GetType().Name);
            }

            if (received == 0)
            {
                await Task.Delay(IdlePoll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue processing failed ({Error}); polling again.")]
    private static partial void LogFailed(ILogger logger, string error);
}
