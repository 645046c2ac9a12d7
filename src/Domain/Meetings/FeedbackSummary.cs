namespace Wijkverbinder.Domain.Meetings;

/// <summary>The feedback on a meeting (or several), aggregated: the only form in which anyone sees it.</summary>
public sealed record FeedbackSummary(int Respondents, ScoreSummary Usefulness, IReadOnlyList<PartySummary> Parties)
{
    /// <summary>Aggregates answers; every answer counts once, whatever meeting it came from.</summary>
    public static FeedbackSummary Of(IReadOnlyCollection<FeedbackSubmission> answers)
    {
        var useful = answers.Where(a => a.Usefulness is not null).ToList();
        var usefulness = ScoreSummary.Of([.. useful.Select(a => a.Usefulness!.Value)], useful.Select(a => a.Remark));
        var parties = answers
            .SelectMany(a => a.Parties)
            .GroupBy(p => p.Party)
            .Select(g => new PartySummary(
                g.Key,
                ScoreSummary.Of([.. g.Select(p => p.Contribution)], g.Select(p => p.Remark)),
                ScoreSummary.Of([.. g.Select(p => p.Role)], []),
                ScoreSummary.Of([.. g.Select(p => p.Connection)], [])))
            .OrderBy(p => p.Party.ToString(), StringComparer.Ordinal)
            .ToList();
        return new(answers.Count, usefulness, parties);
    }
}
