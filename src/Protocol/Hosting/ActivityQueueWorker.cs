using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Protocol.Hosting;

/// <summary>
/// Hands queued activities to the app's <see cref="IActivityHandler"/>, one at a time per lane, each in its own DI
/// scope. A handler that fails is logged and the next activity goes on: one bad activity must not stop the bot.
/// </summary>
internal sealed partial class ActivityQueueWorker(ActivityQueue queue, IServiceScopeFactory scopes, ILogger<ActivityQueueWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(queue.Readers.Select(lane => Task.Run(() => DrainAsync(lane, stoppingToken), stoppingToken)));

    private async Task DrainAsync(System.Threading.Channels.ChannelReader<Schema.Activity> lane, CancellationToken stoppingToken)
    {
        await foreach (var activity in lane.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IActivityHandler>().OnActivityAsync(activity, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogHandlerFailed(exception, activity.Type, activity.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The activity handler failed on a {ActivityType} activity {ActivityId}")]
    private partial void LogHandlerFailed(Exception exception, string? activityType, string? activityId);
}
