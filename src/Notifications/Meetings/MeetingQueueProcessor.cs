using Microsoft.Extensions.Logging;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>The "meetings" queue worked in-process (<see cref="QueueProcessor"/>), each task done by <see cref="MeetingTaskDispatcher"/>.</summary>
public sealed class MeetingQueueProcessor(
    AppQueues queues,
    MeetingTaskDispatcher dispatcher,
    ILogger<MeetingQueueProcessor> logger) : IQueueBatchProcessor
{
    private readonly QueueProcessor processor = new(
        queues.Meetings, queues.MeetingsPoison, (body, ct) => dispatcher.DispatchAsync(MeetingTaskMessage.Parse(body), ct), logger);

    public Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(maxMessages, cancellationToken);
}
