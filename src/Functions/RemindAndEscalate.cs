using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.Functions;

/// <summary>Weekdays at 07:00 (UTC): today's reminders and escalations.</summary>
public sealed class RemindAndEscalate(RemindAndEscalateJob job)
{
    public const string Schedule = "0 0 7 * * 1-5";

    [Function(nameof(RemindAndEscalate))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
