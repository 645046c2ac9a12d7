using Microsoft.Extensions.Logging;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Bookings;

/// <summary>The "bookings" queue worked in-process (<see cref="QueueProcessor"/>), each card sent by <see cref="BookingTaskDispatcher"/>.</summary>
public sealed class BookingQueueProcessor(
    AppQueues queues,
    BookingTaskDispatcher dispatcher,
    ILogger<BookingQueueProcessor> logger) : IQueueBatchProcessor
{
    private readonly QueueProcessor processor = new(
        queues.Bookings, queues.BookingsPoison, (body, ct) => dispatcher.DispatchAsync(BookingTaskMessage.Parse(body), ct), logger);

    public Task<int> ProcessBatchAsync(int maxMessages, CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(maxMessages, cancellationToken);
}
