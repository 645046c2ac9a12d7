namespace Wijkverbinder.Domain.Bookings;

/// <summary>Requested → Approved or Declined; Requested or Approved → Cancelled. Declined and Cancelled free the days.</summary>
public enum BookingStatus
{
    Requested,
    Approved,
    Declined,
    Cancelled,
}
