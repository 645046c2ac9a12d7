using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>The page's lists as <see cref="StatusTable"/>s: theme ids become names, dates ISO, numbers in the page's culture.</summary>
public sealed class StatusTables(DashboardSnapshot snapshot, IStringLocalizer<StatusTexts> text)
{
    private readonly Dictionary<string, string> themeNames = snapshot.Themes.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);

    public StatusTable PipelineByTheme => Pipeline("pipeline-theme", text["PipelineByTheme"], text["ColTheme"], snapshot.Pipeline.ByTheme);

    public StatusTable PipelineByReceiver => Pipeline("pipeline-receiver", text["PipelineByReceiver"], text["ColReceiver"], snapshot.Pipeline.ByReceiver);

    public IReadOnlyList<StatusTable> Lists =>
    [
        Members("new", text["ListNew"], snapshot.NewMembers),
        Members("dormant", text["ListDormant"], snapshot.DormantMembers),
        Members("isolated", text["ListIsolated"], snapshot.IsolatedMembers),
        new("clusters", text["ListClusters"], [text["ColCluster"], text["ColSize"], text["ColExamples"]],
            [.. snapshot.Analysis.Clusters.Select(c => new[] { Number(c.Number), Number(c.Size), string.Join(", ", c.Examples) })]),
        new("brokers", text["ListBrokers"], [text["ColName"], text["ColScore"]],
            [.. snapshot.Analysis.Brokers.Select(b => new[] { b.Name, b.Score.ToString("0.000", CultureInfo.CurrentCulture) })]),
        new("bridges", text["ListBridges"], [text["ColName"], text["ColBridgedThemes"]],
            [.. snapshot.Analysis.Bridges.Select(b => new[] { b.Name, Themes(b.Themes) })]),
        new("suggestions", text["ListSuggestions"], [text["ColFrom"], text["ColTo"], text["ColReason"]],
            [.. snapshot.Analysis.Suggestions.Select(s => new[] { s.FromName, s.ToName, Reason(s) })]),
    ];

    /// <summary>The meetings' lists: the last feedback meeting per district, and feedback per party and per theme (aggregates only).</summary>
    public IReadOnlyList<StatusTable> MeetingLists =>
    [
        new("last-feedback", text["ListLastFeedback"], [text["ColDistrict"], text["ColLastFeedback"]],
            [.. snapshot.Meetings.LastFeedbackMeetings.Select(d => new[] { d.Name, d.LastHeldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? text["NoFeedbackMeeting"] })]),
        new("party-feedback", string.Format(CultureInfo.CurrentCulture, text["ListPartyFeedback"], MeetingLimits.MinimumAnswersShown),
            [text["ColName"], text["ColAnswers"], text["ColContribution"], text["ColRole"], text["ColConnection"]],
            [.. snapshot.Meetings.FeedbackByParty.Select(p => new[] { p.Name, Number(p.Answers), Score(p.Contribution), Score(p.Role), Score(p.Connection) })]),
        new("theme-feedback", string.Format(CultureInfo.CurrentCulture, text["ListThemeFeedback"], MeetingLimits.MinimumAnswersShown),
            [text["ColTheme"], text["ColMeetings"], text["ColAnswers"], text["ColUsefulness"]],
            [.. snapshot.Meetings.FeedbackByTheme.Select(t => new[] { ThemeName(t.Theme), Number(t.Meetings), Number(t.Answers), Score(t.Usefulness) })]),
    ];

    public string ThemeName(string id) => themeNames.GetValueOrDefault(id) ?? id;

    public string Kind(MemberKind kind) => text["Kind" + kind];

    private StatusTable Pipeline(string key, string title, string first, IReadOnlyList<PipelineRow> rows) => new(
        key,
        title,
        [first, text["ColReferrals"], text["ColOpen"], text["ColOverdue"], text["ColDaysToAccept"], text["ColDaysToComplete"]],
        [.. rows.Select(r => new[]
        {
            key == "pipeline-theme" ? ThemeName(r.Key) : r.Name, Number(r.Referrals), Number(r.Open), Number(r.Overdue), Days(r.MedianDaysToAccept), Days(r.MedianDaysToComplete),
        })]);

    private StatusTable Members(string key, string title, IReadOnlyList<MemberRow> rows) => new(
        key,
        title,
        [text["ColName"], text["ColKind"], text["ColThemes"], text["ColDistricts"], text["ColLastContact"]],
        [.. rows.Select(m => new[]
        {
            m.Name, Kind(m.Kind), Themes(m.Themes), string.Join(", ", m.Districts), m.LastContact?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        })]);

    private string Reason(SuggestedConnection suggestion) => string.Format(
        CultureInfo.CurrentCulture, text["Reason"], Themes(suggestion.SharedThemes), string.Join(", ", suggestion.CommonNeighbours));

    private string Themes(IEnumerable<string> ids) => string.Join(", ", ids.Select(ThemeName));

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private string Score(decimal? value) => value?.ToString("0.0", CultureInfo.CurrentCulture) ?? text["TooFew"];

    private static string Days(double? value) => value?.ToString("0.0", CultureInfo.CurrentCulture) ?? "–";
}
