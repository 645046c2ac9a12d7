using System.Collections.Concurrent;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Notifications.Meetings;

namespace Wijkverbinder.IntegrationTests.Meetings;

/// <summary>
/// Stands in for the bot's messenger: records each call. The first announcement "posts" a card (channel and activity
/// ids); later ones update it and return the links unchanged.
/// </summary>
internal sealed class RecordingMessenger : IMeetingMessenger
{
    public ConcurrentQueue<(MeetingId Meeting, MeetingStatus Status, MeetingLinks Links)> Announced { get; } = new();

    public ConcurrentQueue<(MeetingId Meeting, ColleagueId Attendee)> AskedFeedback { get; } = new();

    public Task<MeetingLinks> AnnounceAsync(Meeting meeting, MeetingLinks links, CancellationToken cancellationToken)
    {
        Announced.Enqueue((meeting.Id, meeting.Status, links));
        return Task.FromResult(links.AgendaActivityId is null
            ? links with { AgendaConversationId = "19:wijkteam@thread.tacv2", AgendaActivityId = $"card-{meeting.Id.Local}" }
            : links);
    }

    public Task AskFeedbackAsync(Meeting meeting, ColleagueId attendee, CancellationToken cancellationToken)
    {
        AskedFeedback.Enqueue((meeting.Id, attendee));
        return Task.CompletedTask;
    }
}
