namespace Wijkverbinder.Domain.Dashboard;

/// <summary>The held meetings on one theme and the average usefulness their attendees gave (null below the minimum number of answers).</summary>
public sealed record ThemeFeedbackRow(string Theme, int Meetings, int Answers, decimal? Usefulness);
