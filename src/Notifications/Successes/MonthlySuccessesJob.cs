using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Notifications.Programme;

namespace Wijkverbinder.Notifications.Successes;

/// <summary>
/// Posts each area's successes of the past calendar month (Dutch time) to its wijkteam channel, at most once per area and
/// month: the delivery log keeps "successes.{area}.{yyyy-MM}", so a timer that runs twice (or daily) sends one card.
/// An area without new successes gets no card and no log entry.
/// </summary>
public sealed partial class MonthlySuccessesJob(
    INetworkStore network,
    ISuccessStore successes,
    IColleagueDirectory colleagues,
    IDeliveryLog deliveries,
    ProgrammeCards cards,
    ProactiveCardSender sender,
    IOptions<WijkverbinderOptions> options,
    TimeProvider clock,
    ILogger<MonthlySuccessesJob> logger)
{
    /// <summary>The run's activity, named after the Function that runs it in Azure.</summary>
    public const string ActivityName = "PostMonthlySuccesses";

    public static string Key(AreaId area, DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"successes.{area}.{month:yyyy-MM}");

    /// <summary>The first day of the month before the one <paramref name="now"/> is in, in Dutch time.</summary>
    public static DateOnly PreviousMonth(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(DutchTime.ToDutch(now).DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
    }

    /// <summary>Returns how many cards were sent in this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var activity = JobActivity.Start(ActivityName, options.Value.MunicipalityCode);
        var sent = await RunAreasAsync(cancellationToken);
        activity?.SetTag("wijkverbinder.cards_sent", sent);
        return sent;
    }

    private async Task<int> RunAreasAsync(CancellationToken cancellationToken)
    {
        var municipality = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        if (municipality is null)
        {
            return 0;
        }

        var month = PreviousMonth(clock.GetUtcNow());
        var from = DutchTime.At(month, TimeOnly.MinValue);
        var to = DutchTime.At(month.AddMonths(1), TimeOnly.MinValue);
        IReadOnlyList<Colleague>? everyone = null;
        var sent = 0;
        foreach (var area in municipality.Areas)
        {
            var key = Key(area.Id, month);
            if (await deliveries.GetAsync(municipality.Code, key, cancellationToken) is { IsFinal: true })
            {
                continue;
            }

            var found = await successes.ListBetweenAsync(area.Id, from, to, cancellationToken);
            if (found.Count == 0)
            {
                continue;
            }

            if (await deliveries.ClaimAsync(municipality.Code, key, cancellationToken) is { IsFinal: true })
            {
                continue;
            }

            everyone ??= await colleagues.ListAsync(municipality.Code, cancellationToken);
            var team = AreaChannel.Of(area, everyone);
            var outcome = team is null
                ? SendOutcome.Skipped(DeliverySkipReasons.NoConversation)
                : await sender.SendAsync(team, () => cards.Successes(area, month, found), cancellationToken);
            if (outcome.State == DeliveryState.Sent)
            {
                await deliveries.MarkSentAsync(municipality.Code, key, outcome.ActivityId, cancellationToken);
                sent++;
            }
            else
            {
                await deliveries.MarkSkippedAsync(municipality.Code, key, outcome.Reason ?? DeliverySkipReasons.NoConversation, cancellationToken);
            }
        }

        LogSent(logger, sent, month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monthly successes: {Count} cards sent for {Month}.")]
    private static partial void LogSent(ILogger logger, int count, string month);
}
