namespace Wijkverbinder.Domain.Meetings;

/// <summary>A meeting with its history, oldest event first.</summary>
public sealed record MeetingRecord(Meeting Meeting, IReadOnlyList<MeetingEvent> History);
