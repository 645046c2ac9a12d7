using Wijkverbinder.Notifications.Jobs;
using Wijkverbinder.Notifications.Successes;

namespace Wijkverbinder.TeamsApp.Jobs;

/// <summary>
/// The Functions' timers, in-process (Jobs:RunInProcess): every hour the reminder check and the weekly digest, every
/// 5 minutes the dashboards' backstop rebuild, every hour the meeting rhythm and the monthly successes, every day the audit integrity check and
/// retention. All are safe to repeat: a referral is reminded once per due date, a manager gets one digest per ISO week,
/// a district or theme one rhythm reminder per period, an area one successes card per month, a rebuild replaces a snapshot with a newer one, a check or a
/// retention run only adds an audit record.
/// </summary>
internal sealed partial class JobTimersService(
    RemindAndEscalateJob reminders,
    WeeklyDigestJob digest,
    RefreshDashboardsJob dashboards,
    MeetingRhythmJob rhythm,
    MonthlySuccessesJob successes,
    AuditIntegrityJob auditIntegrity,
    RetentionJob retention,
    TimeProvider clock,
    ILogger<JobTimersService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan DashboardInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DailyInterval = TimeSpan.FromDays(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        EveryAsync(Interval, async ct =>
        {
            await reminders.RunAsync(ct);
            await digest.RunAsync(ct);
            await rhythm.RunAsync(ct);
            await successes.RunAsync(ct);
        }, stoppingToken),
        EveryAsync(DashboardInterval, async ct => await dashboards.RunAsync(ct), stoppingToken),
        EveryAsync(DailyInterval, async ct =>
        {
            await auditIntegrity.RunAsync(ct);
            await retention.RunAsync(ct);
        }, stoppingToken));

    private async Task EveryAsync(TimeSpan interval, Func<CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await run(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e.GetType().Name, interval);
            }

            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer job failed ({Error}); next run in {Interval}.")]
    private static partial void LogFailed(ILogger logger, string error, TimeSpan interval);
}
