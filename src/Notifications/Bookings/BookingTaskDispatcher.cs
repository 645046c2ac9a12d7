using Microsoft.Extensions.Logging;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.Notifications.Bookings;

/// <summary>
/// Sends one booking card, once in effect: the delivery log (key "booking.{task id}") skips a card that was sent. The
/// card shows the booking as it is when it is sent, so a late approval card shows the decision instead of buttons.
/// No address (the app is not installed for the person) is recorded as skipped, as for referral cards.
/// </summary>
public sealed partial class BookingTaskDispatcher(
    BookingViews views,
    BookingCards cards,
    IColleagueDirectory colleagues,
    IDeliveryLog deliveries,
    ProactiveCardSender sender,
    ILogger<BookingTaskDispatcher> logger)
{
    public async Task DispatchAsync(BookingTaskMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var task = message.ToTask();
        using var activity = QueueActivity.Start("SendBookingCard", AppQueues.BookingsQueueName, task.Id, QueueTraceContext.From(message.TraceParent, message.TraceState));
        var municipality = task.Booking.Municipality;
        var key = "booking." + task.Id;
        var previous = await deliveries.ClaimAsync(municipality, key, cancellationToken);
        if (previous is { IsFinal: true })
        {
            LogDuplicate(logger, task.Kind, task.Sequence);
            return;
        }

        var view = await views.GetAsync(task.Booking, cancellationToken);
        var recipientId = view is null ? (ColleagueId?)null : task.Kind == BookingTaskKind.AskApproval ? view.Resource.Approver : view.Booking.RequestedBy;
        var recipient = recipientId is { } id ? await colleagues.GetAsync(municipality, id, cancellationToken) : null;
        if (view is null || recipient is null)
        {
            await deliveries.MarkSkippedAsync(municipality, key, view is null ? "BookingNotFound" : "RecipientNotFound", cancellationToken);
            return;
        }

        var outcome = await sender.SendAsync(recipient, () => task.Kind == BookingTaskKind.AskApproval ? cards.Approval(view) : cards.Decision(view), cancellationToken);
        if (outcome.State == DeliveryState.Sent)
        {
            await deliveries.MarkSentAsync(municipality, key, outcome.ActivityId, cancellationToken);
        }
        else
        {
            await deliveries.MarkSkippedAsync(municipality, key, outcome.Reason ?? "Skipped", cancellationToken);
        }

        LogDone(logger, task.Kind, task.Sequence, outcome.State);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking card {Kind} (change {Sequence}): {State}.")]
    private static partial void LogDone(ILogger logger, BookingTaskKind kind, int sequence, DeliveryState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking card {Kind} (change {Sequence}) was sent before; skipped.")]
    private static partial void LogDuplicate(ILogger logger, BookingTaskKind kind, int sequence);
}
