using Microsoft.Extensions.Logging;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// Does one meeting task, once in effect: the delivery log (key "meeting.{task id}") skips a task that was done, and
/// each task is idempotent for the attempt that crashed before it was marked done (the calendar create carries the
/// meeting id as transactionId, an update and the agenda card rewrite the meeting as it is now, "met at" ties are
/// looked up before they are added). Tasks act on the meeting as it is when they run, so order does not matter.
/// </summary>
public sealed partial class MeetingTaskDispatcher(
    IMeetingStore meetings,
    IDeliveryLog deliveries,
    MeetingCalendarSync calendar,
    MeetingContacts contacts,
    ILogger<MeetingTaskDispatcher> logger,
    IMeetingMessenger? messenger = null)
{
    public async Task DispatchAsync(MeetingTaskMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var task = message.ToTask();
        using var activity = QueueActivity.Start("DoMeetingTask", AppQueues.MeetingsQueueName, task.Id, QueueTraceContext.From(message.TraceParent, message.TraceState));
        var municipality = task.Meeting.Municipality;
        var key = "meeting." + task.Id;
        var previous = await deliveries.ClaimAsync(municipality, key, cancellationToken);
        if (previous is { IsFinal: true })
        {
            LogDuplicate(logger, task.Kind, task.EventSequence);
            return;
        }

        var record = await meetings.GetAsync(task.Meeting, cancellationToken);
        if (record is null)
        {
            await deliveries.MarkSkippedAsync(municipality, key, "MeetingNotFound", cancellationToken);
            return;
        }

        await DoAsync(task, record.Meeting, cancellationToken);
        await deliveries.MarkSentAsync(municipality, key, null, cancellationToken);
        LogDone(logger, task.Kind, task.EventSequence);
    }

    private async Task DoAsync(MeetingTask task, Meeting meeting, CancellationToken cancellationToken)
    {
        switch (task.Kind)
        {
            case MeetingTaskKind.SyncCalendar:
                await calendar.SyncAsync(meeting, cancellationToken);
                break;
            case MeetingTaskKind.RecordContacts:
                await contacts.RecordAsync(meeting, cancellationToken);
                break;
            case MeetingTaskKind.Announce:
                var links = await meetings.GetLinksAsync(meeting.Id, cancellationToken);
                var announced = await Messenger.AnnounceAsync(meeting, links, cancellationToken);
                if (announced with { Version = links.Version } != links)
                {
                    await meetings.SaveLinksAsync(meeting.Id, announced with { Version = links.Version }, cancellationToken);
                }

                break;
            case MeetingTaskKind.AskFeedback:
                await Messenger.AskFeedbackAsync(meeting, task.Recipient ?? throw new FormatException("A feedback task without a recipient."), cancellationToken);
                break;
            default:
                throw new FormatException($"Unknown meeting task {task.Kind}.");
        }
    }

    /// <summary>The bot registers the messenger; without it the task fails and is retried (then parked) rather than lost.</summary>
    private IMeetingMessenger Messenger => messenger ?? throw new InvalidOperationException("No IMeetingMessenger is registered.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting task {Kind} (event {Sequence}) done.")]
    private static partial void LogDone(ILogger logger, MeetingTaskKind kind, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meeting task {Kind} (event {Sequence}) was done before; skipped.")]
    private static partial void LogDuplicate(ILogger logger, MeetingTaskKind kind, int sequence);
}
