namespace Wijkverbinder.Domain.Meetings;

/// <summary>What a meeting of the wijkteam is for; it decides the feedback asked afterwards.</summary>
public enum MeetingKind
{
    /// <summary>Themabijeenkomst: the people and partners working on one or more themes.</summary>
    ThemeMeeting,

    /// <summary>Feedbackbijeenkomst: at least yearly, everyone gives feedback on each other's contribution, role and ties.</summary>
    FeedbackMeeting,

    /// <summary>A meeting with the college or the raad, such as a fietsschouw.</summary>
    BoardMeeting,
}
