using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// The meetings of the scope's districts: held in the last <see cref="WindowMonths"/> months by kind, planned ahead,
/// the last feedback meeting per district, and the feedback per party and per theme, aggregated only (a score shows
/// once <see cref="MeetingLimits.MinimumAnswersShown"/> answered, as on the meeting itself).
/// </summary>
public sealed record MeetingFigures(
    int WindowMonths,
    int Held,
    IReadOnlyDictionary<MeetingKind, int> HeldByKind,
    int Upcoming,
    IReadOnlyList<DistrictFeedbackRow> LastFeedbackMeetings,
    IReadOnlyList<PartyFeedbackRow> FeedbackByParty,
    IReadOnlyList<ThemeFeedbackRow> FeedbackByTheme)
{
    public static readonly MeetingFigures Empty = new(DashboardBuilder.PipelineWindowMonths, 0, new Dictionary<MeetingKind, int>(), 0, [], [], []);
}
