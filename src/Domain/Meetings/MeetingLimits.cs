namespace Wijkverbinder.Domain.Meetings;

/// <summary>Hard limits that keep a meeting in one table row and its card within Teams' limits.</summary>
public static class MeetingLimits
{
    public const int TitleLength = 120;
    public const int LocationLength = 200;
    public const int AgendaLength = 2000;
    public const int ReasonLength = 500;
    public const int ActionLength = 200;
    public const int RemarkLength = 500;

    /// <summary>Teams refreshes a card for at most 60 users; the RSVP card names every invitee.</summary>
    public const int MaxInvitees = 60;

    public const int MaxActions = 30;

    public const int MaxThemes = 10;

    /// <summary>The longest a meeting may last, and how far ahead it may be planned.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(12);

    public const int MaxDaysAhead = 730;

    /// <summary>
    /// Feedback about a party (or a theme meeting's usefulness) is shown only once this many attendees answered, so
    /// no answer can be traced to the one who gave it.
    /// </summary>
    public const int MinimumAnswersShown = 3;
}
