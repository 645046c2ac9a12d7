namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// One card to send because of a booking's change, written in the same transaction as the change (the outbox) and sent
/// once by a worker. <see cref="Id"/> is deterministic, so a redelivery is recognised.
/// </summary>
public sealed record BookingTask(BookingId Booking, int Sequence, BookingTaskKind Kind)
{
    public string Id => $"{Booking.Municipality}.{Booking.Local}.{Sequence}.{Kind}".ToLowerInvariant();
}
