using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Referrals;

namespace Wijkverbinder.Notifications.Jobs;

/// <summary>
/// Sends each district manager a card with the open (and overdue) referrals of their districts, at most once per ISO
/// week: the delivery log keeps one entry per manager and week ("digest.{manager}.{year}-w{week}").
/// </summary>
public sealed partial class WeeklyDigestJob(
    IReferralStore store,
    IColleagueDirectory colleagues,
    ReferralViews views,
    IDeliveryLog deliveries,
    INotificationCards cards,
    ProactiveCardSender cardSender,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<WeeklyDigestJob> logger)
{
    public static string Key(ColleagueId manager, DateOnly day) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"digest.{manager.Value}.{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-w{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}");

    /// <summary>Returns how many digests were sent in this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var municipality = options.Value.MunicipalityCode;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await store.ListOpenAsync(municipality, cancellationToken);
        var managers = (await colleagues.ListAsync(municipality, cancellationToken)).Where(c => c.Has(AppRole.DistrictManager));
        var sent = 0;
        foreach (var manager in managers)
        {
            var theirs = open.Where(r => manager.Districts.Contains(r.District)).OrderBy(r => r.DueDate).ToList();
            if (theirs.Count > 0 && await SendOnceAsync(municipality, manager, theirs, today, cancellationToken))
            {
                sent++;
            }
        }

        LogSent(logger, sent);
        return sent;
    }

    private async Task<bool> SendOnceAsync(
        string municipality, Colleague manager, IReadOnlyList<Referral> open, DateOnly today, CancellationToken cancellationToken)
    {
        var key = Key(manager.Id, today);
        var previous = await deliveries.ClaimAsync(municipality, key, cancellationToken);
        if (previous is { IsFinal: true })
        {
            return false;
        }

        var list = new List<ReferralView>(open.Count);
        foreach (var referral in open)
        {
            list.Add(await views.ToViewAsync(new ReferralRecord(referral, []), cancellationToken));
        }

        var outcome = await cardSender.SendAsync(manager, () => cards.Digest(manager.Name, list, today), cancellationToken);
        if (outcome.State == DeliveryState.Sent)
        {
            await deliveries.MarkSentAsync(municipality, key, outcome.ActivityId, cancellationToken);
            return true;
        }

        await deliveries.MarkSkippedAsync(municipality, key, outcome.Reason ?? DeliverySkipReasons.NoConversation, cancellationToken);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly digest: {Count} sent.")]
    private static partial void LogSent(ILogger logger, int count);
}
