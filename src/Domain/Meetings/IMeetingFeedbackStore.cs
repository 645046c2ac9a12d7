namespace Wijkverbinder.Domain.Meetings;

/// <summary>The feedback given on held meetings. Nothing reads one answer back to a user: only the aggregation does.</summary>
public interface IMeetingFeedbackStore
{
    /// <summary>Adds or replaces the respondent's answer (by <see cref="FeedbackSubmission.RespondentKey"/>).</summary>
    Task SaveAsync(FeedbackSubmission submission, CancellationToken cancellationToken);

    /// <summary>All answers on one meeting, for aggregation only.</summary>
    Task<IReadOnlyList<FeedbackSubmission>> ListAsync(MeetingId meeting, CancellationToken cancellationToken);

    /// <summary>True when the respondent with this key has answered (the card then says so).</summary>
    Task<bool> HasAnsweredAsync(MeetingId meeting, string respondentKey, CancellationToken cancellationToken);
}
