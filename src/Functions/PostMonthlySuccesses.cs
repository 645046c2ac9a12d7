using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Successes;

namespace Wijkverbinder.Functions;

/// <summary>
/// Daily at 07:00 (UTC): each area's successes of the past month to its wijkteam channel. Daily rather than on the 1st
/// only, so a failed run is made good the next day; the delivery log keeps it to one card per area and month.
/// </summary>
public sealed class PostMonthlySuccesses(MonthlySuccessesJob job)
{
    public const string Schedule = "0 0 7 * * *";

    [Function(nameof(PostMonthlySuccesses))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
