using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Jobs;

namespace Wijkverbinder.Functions;

/// <summary>Mondays at 07:00 (UTC): each district manager's digest of open referrals, once per week.</summary>
public sealed class WeeklyDigest(WeeklyDigestJob job)
{
    public const string Schedule = "0 0 7 * * 1";

    [Function(nameof(WeeklyDigest))]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        _ = await job.RunAsync(cancellationToken);
}
