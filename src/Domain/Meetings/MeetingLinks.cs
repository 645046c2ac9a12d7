namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// Where the meeting lives outside the app, written by the workers after the fact: the Graph event and its online
/// meeting link, and the agenda card's message in the channel. Kept apart from the meeting so writing them never
/// conflicts with the organiser's changes.
/// </summary>
public sealed record MeetingLinks(
    string? CalendarEventId = null,
    string? JoinUrl = null,
    string? AgendaConversationId = null,
    string? AgendaActivityId = null,
    string? Version = null);
