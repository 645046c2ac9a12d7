namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>A line of the user's meetings: enough to list it; <see cref="Role"/> is Organiser, Invitee or Manager.</summary>
public sealed record MeetingSummaryResponse(string Id, string Kind, string Title, string Scope, DateTimeOffset Start, DateTimeOffset End, string Status, string Role);
