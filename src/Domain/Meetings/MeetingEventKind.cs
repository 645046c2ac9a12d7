namespace Wijkverbinder.Domain.Meetings;

/// <summary>What happened to a meeting: one line of its history.</summary>
public enum MeetingEventKind
{
    Planned,
    Changed,
    Cancelled,
    Answered,
    AttendanceRecorded,
    ActionAgreed,
    ActionDone,
}
