using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The meetings of the scope: counted by kind, the last feedback meeting per district, feedback aggregated per party and theme.</summary>
public sealed partial class DashboardBuilder
{
    private static MeetingFigures Meetings(
        Municipality municipality,
        IReadOnlyList<string> districts,
        NetworkView areaNetwork,
        MeetingInputs inputs,
        DateTimeOffset now)
    {
        var inScope = inputs.Meetings.Where(m => m.Districts.Any(districts.Contains)).ToList();
        var since = now.AddMonths(-PipelineWindowMonths);
        var held = inScope.Where(m => m.Status == MeetingStatus.Held && m.Start >= since && m.Start <= now).ToList();
        var byKind = held.GroupBy(m => m.Kind).ToDictionary(g => g.Key, g => g.Count());
        var upcoming = inScope.Count(m => m.Status == MeetingStatus.Planned && m.Start > now);
        var lastFeedback = districts
            .Select(code => new DistrictFeedbackRow(code, municipality.FindDistrict(code)?.Name ?? code, LastFeedbackMeeting(inScope, code)))
            .ToList();
        return new MeetingFigures(PipelineWindowMonths, held.Count, byKind, upcoming, lastFeedback, ByParty(held, areaNetwork, inputs), ByTheme(municipality, held, inputs));
    }

    private static DateOnly? LastFeedbackMeeting(IEnumerable<Meeting> meetings, string district) =>
        meetings
            .Where(m => m.Kind == MeetingKind.FeedbackMeeting && m.Status == MeetingStatus.Held && m.Districts.Contains(district))
            .Select(m => (DateOnly?)DutchTime.DateOf(m.Start))
            .Max();

    private static List<PartyFeedbackRow> ByParty(IReadOnlyList<Meeting> held, NetworkView areaNetwork, MeetingInputs inputs)
    {
        var answers = held.Where(m => m.Kind == MeetingKind.FeedbackMeeting).SelectMany(m => inputs.AnswersOn(m.Id)).ToList();
        var names = areaNetwork.Members.ToDictionary(m => m.Id, m => m.Name);
        return FeedbackSummary.Of(answers).Parties
            .Select(p => new PartyFeedbackRow(
                p.Party.ToString(), names.GetValueOrDefault(p.Party) ?? p.Party.ToString(), p.Contribution.Answers, p.Contribution.Average, p.Role.Average, p.Connection.Average))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    private static List<ThemeFeedbackRow> ByTheme(Municipality municipality, IReadOnlyList<Meeting> held, MeetingInputs inputs) =>
        municipality.Themes
            .Select(theme => held.Where(m => m.Themes.Contains(theme.Id)).ToList())
            .Zip(municipality.Themes)
            .Where(pair => pair.First.Count > 0)
            .Select(pair =>
            {
                var usefulness = FeedbackSummary.Of([.. pair.First.SelectMany(m => inputs.AnswersOn(m.Id))]).Usefulness;
                return new ThemeFeedbackRow(pair.Second.Id, pair.First.Count, usefulness.Answers, usefulness.Average);
            })
            .ToList();
}
