namespace Wijkverbinder.Domain.Meetings;

/// <summary>What someone can do with a meeting; named in refusals and in the buttons of its cards.</summary>
public enum MeetingAction
{
    Change,
    Cancel,
    Answer,
    RecordAttendance,
    AgreeAction,
    CompleteAction,
    GiveFeedback,
}
