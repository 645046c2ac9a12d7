namespace Wijkverbinder.Domain.Bookings;

/// <summary>Thrown by the store when a day of a new booking is held already (possibly by a request made at the same moment).</summary>
public sealed class BookingConflictException : Exception
{
    public BookingConflictException()
    {
    }

    public BookingConflictException(string message)
        : base(message)
    {
    }

    public BookingConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
