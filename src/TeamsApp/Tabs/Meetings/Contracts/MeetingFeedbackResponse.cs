namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>The feedback on a held meeting, aggregated: how many answered, the usefulness, and per party the three scores.</summary>
public sealed record MeetingFeedbackResponse(int Respondents, int MinimumAnswersShown, ScoreResponse Usefulness, IReadOnlyList<PartyFeedbackResponse> Parties);
