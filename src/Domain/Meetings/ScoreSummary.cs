namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Scores of several answers, shown only when at least <see cref="MeetingLimits.MinimumAnswersShown"/> answered: below
/// that <see cref="Average"/> is null and <see cref="Remarks"/> is empty, so no single answer can be recognised.
/// Remarks are sorted, so their order says nothing about who wrote them.
/// </summary>
public sealed record ScoreSummary(int Answers, decimal? Average, IReadOnlyList<string> Remarks)
{
    public bool Shown => Average is not null;

    public static ScoreSummary Of(IReadOnlyCollection<int> scores, IEnumerable<string?> remarks)
    {
        if (scores.Count < MeetingLimits.MinimumAnswersShown)
        {
            return new(scores.Count, null, []);
        }

        var average = Math.Round((decimal)scores.Sum() / scores.Count, 1, MidpointRounding.AwayFromZero);
        var texts = remarks.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).Order(StringComparer.Ordinal).ToList();
        return new(scores.Count, average, texts);
    }
}
