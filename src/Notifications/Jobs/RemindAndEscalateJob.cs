using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Notifications.Jobs;

/// <summary>
/// Records today's reminders and escalations for the configured municipality. The lifecycle notes on the referral
/// which due date it reminded or escalated for, so running it again the same day records nothing new.
/// </summary>
public sealed partial class RemindAndEscalateJob(
    ReferralService referrals,
    IOptions<WijkverbinderOptions> options,
    ILogger<RemindAndEscalateJob> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var recorded = await referrals.RemindAndEscalateAsync(options.Value.MunicipalityCode, cancellationToken);
        LogRecorded(logger, recorded);
        return recorded;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders and escalations: {Count} recorded.")]
    private static partial void LogRecorded(ILogger logger, int count);
}
