namespace Wijkverbinder.Domain.Meetings;

/// <summary>What a rhythm reminder asks the wijkmanager to plan.</summary>
public enum RhythmReminderKind
{
    /// <summary>A district has had no held feedback meeting for too long.</summary>
    FeedbackMeeting,

    /// <summary>A theme of an area's wijkprogramma has had no held meeting for too long.</summary>
    ThemeMeeting,
}
