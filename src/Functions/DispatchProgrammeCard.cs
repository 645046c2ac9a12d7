using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Programme;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Functions;

/// <summary>Posts or updates an area's programme card after a change; a throw makes the host retry it, and after five tries park it in "programme-poison".</summary>
public sealed class DispatchProgrammeCard(ProgrammeCardDispatcher dispatcher)
{
    [Function(nameof(DispatchProgrammeCard))]
    public Task RunAsync(
        [QueueTrigger(AppQueues.ProgrammeQueueName, Connection = "storage")] string message,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(ProgrammeCardMessage.Parse(message), cancellationToken);
}
