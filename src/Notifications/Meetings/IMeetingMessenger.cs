using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// The Teams side of a meeting's tasks: the agenda card in the wijkteam's channel and the feedback card to an attendee.
/// Both act on the meeting as it is now, so a repeated or late task leaves the same result.
/// </summary>
public interface IMeetingMessenger
{
    /// <summary>Posts the agenda card in the channel, or updates the one posted (its ids are in <paramref name="links"/>); returns the links to keep.</summary>
    Task<MeetingLinks> AnnounceAsync(Meeting meeting, MeetingLinks links, CancellationToken cancellationToken);

    /// <summary>Sends the feedback card to one attendee in their chat with the bot (once: a redelivered task is recognised by its id).</summary>
    Task AskFeedbackAsync(Meeting meeting, ColleagueId attendee, CancellationToken cancellationToken);
}
