namespace Wijkverbinder.Domain.Meetings;

/// <summary>Work that must follow a meeting's change, done by the background workers.</summary>
public enum MeetingTaskKind
{
    /// <summary>Bring the Graph calendar event to the meeting as it is now: create, update or cancel it.</summary>
    SyncCalendar,

    /// <summary>Post the agenda card in the wijkteam's channel, or update the one posted.</summary>
    Announce,

    /// <summary>Turn the attendance into "met at" ties in the network (last contact updated).</summary>
    RecordContacts,

    /// <summary>Send the feedback card to one attendee.</summary>
    AskFeedback,
}
