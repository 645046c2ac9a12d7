using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>
/// The Functions' timers, in-process (Jobs:RunInProcess): every hour the reminder check and the weekly digest. Both are
/// safe to repeat: a referral is reminded once per due date, a manager gets one digest per ISO week.
/// </summary>
internal sealed partial class JobTimersService(
    RemindAndEscalateJob reminders,
    WeeklyDigestJob digest,
    TimeProvider clock,
    ILogger<JobTimersService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await reminders.RunAsync(stoppingToken);
                await digest.RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e.GetType().Name);
            }

            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer jobs failed ({Error}); next run in an hour.")]
    private static partial void LogFailed(ILogger logger, string error);
}
