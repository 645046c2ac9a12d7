namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// What one action writes, all in one transaction: the booking as it is now and the cards it causes. A new booking
/// (<see cref="Before"/> null) claims its days; one that stops holding days frees them. <see cref="Booking.Version"/>
/// of <see cref="Before"/> guards the write.
/// </summary>
public sealed record BookingChange(Booking? Before, Booking After, IReadOnlyList<BookingTask> Tasks);
