namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>Scores of several answers: the average and the sorted remarks only from the minimum number of answers (else null and empty).</summary>
public sealed record ScoreResponse(int Answers, decimal? Average, IReadOnlyList<string> Remarks);
