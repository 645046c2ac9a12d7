using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// The meetings a dashboard is built from: the municipality's meetings starting in the last
/// <see cref="LookBackMonths"/> months or later, and the answers on the held ones (read for aggregation only).
/// </summary>
public sealed record MeetingInputs(IReadOnlyList<Meeting> Meetings, IReadOnlyDictionary<MeetingId, IReadOnlyList<FeedbackSubmission>> Answers)
{
    /// <summary>Two years back, so a district whose last feedback meeting is over a year ago still shows its date.</summary>
    public const int LookBackMonths = 24;

    public static readonly MeetingInputs None = new([], new Dictionary<MeetingId, IReadOnlyList<FeedbackSubmission>>());

    public IReadOnlyList<FeedbackSubmission> AnswersOn(MeetingId meeting) => Answers.GetValueOrDefault(meeting) ?? [];
}
