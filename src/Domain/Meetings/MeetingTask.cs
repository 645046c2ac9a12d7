using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// One piece of work caused by a meeting's event, written in the same transaction as the event (the outbox) and done
/// once by a worker. Workers act on the meeting as it is when they run, so running a task twice, late or out of order
/// leaves the same result. <see cref="Id"/> is deterministic, so a redelivery is recognised.
/// </summary>
public sealed record MeetingTask(MeetingId Meeting, int EventSequence, MeetingTaskKind Kind, ColleagueId? Recipient = null)
{
    public string Id => $"{Meeting.Municipality}.{Meeting.Local}.{EventSequence}.{Kind}.{Recipient?.Value ?? "-"}".ToLowerInvariant();
}
