using Microsoft.Azure.Functions.Worker;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Functions;

/// <summary>Sends one queued booking card (approval to the approver, decision to the requester); a throw makes the host retry it, and after five tries park it in "bookings-poison".</summary>
public sealed class SendBookingCard(BookingTaskDispatcher dispatcher)
{
    [Function(nameof(SendBookingCard))]
    public Task RunAsync(
        [QueueTrigger(AppQueues.BookingsQueueName, Connection = "storage")] string message,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(BookingTaskMessage.Parse(message), cancellationToken);
}
