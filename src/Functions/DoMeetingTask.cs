using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Meetings;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Functions;

/// <summary>Does one queued meeting task (calendar, agenda card, met-at ties, feedback card); a throw makes the host retry it, and after five tries park it in "meetings-poison".</summary>
public sealed class DoMeetingTask(MeetingTaskDispatcher dispatcher)
{
    [Function(nameof(DoMeetingTask))]
    public Task RunAsync(
        [QueueTrigger(AppQueues.MeetingsQueueName, Connection = "storage")] string message,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(MeetingTaskMessage.Parse(message), cancellationToken);
}
