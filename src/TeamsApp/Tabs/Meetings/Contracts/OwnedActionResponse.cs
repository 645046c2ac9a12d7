namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>An open action the user owns, with the meeting it was agreed in.</summary>
public sealed record OwnedActionResponse(string Meeting, string MeetingTitle, int Number, string Text, string DueOn);
