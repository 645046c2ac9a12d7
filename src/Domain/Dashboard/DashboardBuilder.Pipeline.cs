using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The referral pipeline: open and overdue now, and the median days to acceptance and completion from the history.</summary>
public sealed partial class DashboardBuilder
{
    private static ReferralPipeline Pipeline(
        Municipality municipality,
        IReadOnlyList<string> districts,
        IReadOnlyList<ReferralRecord> referrals,
        IReadOnlyDictionary<ColleagueId, string> colleagueNames,
        DateTimeOffset now)
    {
        var today = DutchTime.DateOf(now);
        var since = now.AddMonths(-PipelineWindowMonths);
        var inScope = referrals
            .Where(r => districts.Contains(r.Referral.District) && r.Referral.CreatedAt >= since)
            .ToList();

        var byTheme = municipality.Themes
            .Select(theme => Row(theme.Id, theme.Name, inScope.Where(r => r.Referral.Theme == theme.Id).ToList(), today))
            .Where(row => row.Referrals > 0)
            .Concat(inScope
                .Where(r => !municipality.HasTheme(r.Referral.Theme))
                .GroupBy(r => r.Referral.Theme)
                .Select(g => Row(g.Key, g.Key, g.ToList(), today)))
            .ToList();
        var byReceiver = inScope
            .GroupBy(r => r.Referral.Receiver)
            .Select(g => Row(g.Key.Value, colleagueNames.GetValueOrDefault(g.Key) ?? g.Key.Value, g.ToList(), today))
            .OrderByDescending(row => row.Open)
            .ThenBy(row => row.Name, StringComparer.Ordinal)
            .ToList();
        return new ReferralPipeline(PipelineWindowMonths, Row("all", string.Empty, inScope, today), byTheme, byReceiver);
    }

    private static PipelineRow Row(string key, string name, IReadOnlyList<ReferralRecord> referrals, DateOnly today) => new(
        key,
        name,
        referrals.Count,
        referrals.Count(r => r.Referral.IsOpen),
        referrals.Count(r => r.Referral.IsOverdue(today)),
        Median.Of(referrals.Select(r => DaysUntil(r, ReferralEventKind.Accepted)).OfType<double>()),
        Median.Of(referrals.Select(r => DaysUntil(r, ReferralEventKind.Completed)).OfType<double>()));

    /// <summary>Days (one decimal) from the referral's creation to the first event of <paramref name="kind"/>; null if none.</summary>
    private static double? DaysUntil(ReferralRecord record, ReferralEventKind kind)
    {
        var reached = record.History.FirstOrDefault(e => e.Kind == kind);
        return reached is null ? null : Math.Round((reached.At - record.Referral.CreatedAt).TotalDays, 1);
    }
}
