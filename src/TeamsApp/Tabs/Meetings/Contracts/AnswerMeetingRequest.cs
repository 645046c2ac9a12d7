namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>An invited colleague's answer: "Accepted", "Tentative" or "Declined".</summary>
public sealed record AnswerMeetingRequest(string? Answer);
