namespace Wijkverbinder.Notifications.Bookings;

/// <summary>The Action.Execute verbs of the booking cards; the bot routes on the "booking." prefix.</summary>
public static class BookingVerbs
{
    public const string Prefix = "booking.";
    public const string Approve = "booking.approve";
    public const string Decline = "booking.decline";

    /// <summary>The data field every booking action carries.</summary>
    public const string BookingIdField = "bookingId";

    /// <summary>The decline reason: an input of the approval card, so a data field of the decline press.</summary>
    public const string ReasonField = "bookingReason";
}
