namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// One attendee's feedback on a held meeting. For a theme (or board) meeting: <see cref="Usefulness"/> 1-5 and a
/// remark. For a feedback meeting: <see cref="Parties"/>. Stored without the respondent's id (see
/// <see cref="FeedbackKey"/>) and only ever shown aggregated.
/// </summary>
public sealed record FeedbackSubmission(
    MeetingId Meeting,
    string RespondentKey,
    int? Usefulness,
    string? Remark,
    IReadOnlyList<PartyFeedback> Parties,
    DateTimeOffset At);
