namespace Wijkverbinder.Notifications.Meetings;

/// <summary>The Action.Execute verbs of the agenda and feedback cards; the bot routes on the "meeting." prefix.</summary>
public static class MeetingVerbs
{
    public const string Prefix = "meeting.";
    public const string Refresh = "meeting.refresh";
    public const string Accept = "meeting.accept";
    public const string Tentative = "meeting.tentative";
    public const string Decline = "meeting.decline";
    public const string RecordAttendance = "meeting.attendance";
    public const string AgreeAction = "meeting.agreeAction";
    public const string CompleteAction = "meeting.completeAction";
    public const string GiveFeedback = "meeting.feedback";

    /// <summary>The data field every meeting action carries.</summary>
    public const string MeetingIdField = "meetingId";

    /// <summary>The number of the agreed action that "done" marks.</summary>
    public const string ActionNumberField = "actionNumber";
}
