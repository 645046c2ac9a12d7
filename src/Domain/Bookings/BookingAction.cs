namespace Wijkverbinder.Domain.Bookings;

/// <summary>What someone does to a booking; named in a refusal ("Approve is not possible: the booking is Declined").</summary>
public enum BookingAction
{
    Approve,
    Decline,
    Cancel,
}
