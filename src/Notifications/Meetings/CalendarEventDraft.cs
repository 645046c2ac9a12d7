namespace Wijkverbinder.Notifications.Meetings;

/// <summary>What the calendar event of a meeting says: the meeting as it is now, with the attendees that have a mailbox.</summary>
public sealed record CalendarEventDraft(
    string Subject,
    string HtmlBody,
    string? Location,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Online,
    IReadOnlyList<CalendarAttendee> Attendees,
    string TransactionId);
