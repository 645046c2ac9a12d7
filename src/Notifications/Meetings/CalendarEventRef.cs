namespace Wijkverbinder.Notifications.Meetings;

/// <summary>The calendar event Graph made: its id and, for an online meeting, the Teams join link.</summary>
public sealed record CalendarEventRef(string Id, string? JoinUrl);
