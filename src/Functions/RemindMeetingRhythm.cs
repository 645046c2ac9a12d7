using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.Functions;

/// <summary>Daily at 07:00 (UTC): reminds wijkmanagers of districts due for a feedback meeting and of themes due for a meeting, once per period.</summary>
public sealed class RemindMeetingRhythm(MeetingRhythmJob job)
{
    public const string Schedule = "0 0 7 * * *";

    [Function(nameof(RemindMeetingRhythm))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
