namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>Cancelling a meeting, with an optional reason.</summary>
public sealed record CancelMeetingRequest(string? Reason);
