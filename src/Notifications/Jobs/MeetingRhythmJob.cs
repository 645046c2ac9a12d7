using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Mail;
using Wijkverbinder.Notifications.Meetings;

namespace Wijkverbinder.Notifications.Jobs;

/// <summary>
/// Daily: mails the wijkmanagers of each district that is due for a feedback meeting, and of each area whose
/// wijkprogramma has a theme due for a meeting (<see cref="MeetingRhythm"/>). The delivery log keeps the reminder's key
/// (one per district or theme and period), so a timer that runs twice reminds once; a retry after a crash asks Sent
/// Items before mailing a manager again.
/// </summary>
public sealed partial class MeetingRhythmJob(
    IMeetingStore meetings,
    INetworkStore network,
    IColleagueDirectory colleagues,
    IDeliveryLog deliveries,
    IMailSender mail,
    RhythmMailComposer composer,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<MeetingRhythmJob> logger)
{
    /// <summary>Returns how many reminders went out in this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.MunicipalityCode;
        var settings = new RhythmSettings(options.Value.FeedbackMeetingMonths, options.Value.ThemeMeetingMonths);
        var municipality = await network.GetMunicipalityAsync(code, cancellationToken);
        if (municipality is null)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var held = await meetings.ListSinceAsync(code, now.AddMonths(-MeetingRhythm.LookBackMonths(settings)).AddDays(-1), cancellationToken);
        var managers = (await colleagues.ListAsync(code, cancellationToken)).Where(c => c.Has(AppRole.DistrictManager)).ToList();
        var sent = 0;
        foreach (var reminder in MeetingRhythm.Due(municipality, held, today, settings))
        {
            var districts = reminder.Kind == RhythmReminderKind.FeedbackMeeting
                ? [reminder.Scope]
                : AreaId.TryParse(reminder.Scope, out var area) ? municipality.FindArea(area)?.DistrictCodes ?? [] : [];
            var recipients = managers.Where(m => m.Districts.Any(districts.Contains)).ToList();
            if (recipients.Count > 0 && await RemindOnceAsync(code, reminder, municipality, recipients, settings, cancellationToken))
            {
                sent++;
            }
        }

        LogSent(logger, sent);
        return sent;
    }

    private async Task<bool> RemindOnceAsync(
        string code, RhythmReminder reminder, Municipality municipality, IReadOnlyList<Colleague> recipients, RhythmSettings settings, CancellationToken cancellationToken)
    {
        var previous = await deliveries.ClaimAsync(code, reminder.Key, cancellationToken);
        if (previous is { IsFinal: true })
        {
            return false;
        }

        foreach (var manager in recipients)
        {
            var message = composer.Compose(reminder, municipality, manager, settings);
            if (previous is null || !await mail.WasSentAsync(message.FromMailbox, message.InternetMessageId, cancellationToken))
            {
                await mail.SendAsync(message, cancellationToken);
            }
        }

        await deliveries.MarkSentAsync(code, reminder.Key, null, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting rhythm: {Count} reminders sent.")]
    private static partial void LogSent(ILogger logger, int count);
}
