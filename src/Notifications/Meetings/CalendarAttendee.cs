namespace Wijkverbinder.Notifications.Meetings;

/// <summary>An invitee with a mailbox, as a required attendee of the calendar event.</summary>
public sealed record CalendarAttendee(string Address, string Name);
