using Microsoft.Extensions.Logging;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Programme;

/// <summary>The "programme" queue worked in-process (<see cref="QueueProcessor"/>), each change by <see cref="ProgrammeCardDispatcher"/>.</summary>
public sealed class ProgrammeQueueProcessor(
    AppQueues queues,
    ProgrammeCardDispatcher dispatcher,
    ILogger<ProgrammeQueueProcessor> logger) : IQueueBatchProcessor
{
    private readonly QueueProcessor processor = new(
        queues.Programme, queues.ProgrammePoison, (body, ct) => dispatcher.DispatchAsync(ProgrammeCardMessage.Parse(body), ct), logger);

    public Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(maxMessages, cancellationToken);
}
