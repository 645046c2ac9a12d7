namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>
/// The resources page's audit actions (after <see cref="Audit.PageAudit.Prefix"/>), with the object type and id of the
/// tab API's record of the same call ("/resources/{id}/…": the resource; "/bookings/{id}/…": the booking); the
/// decisions have the bot card's verbs (<see cref="Notifications.Bookings.BookingVerbs"/>).
/// </summary>
internal static class BookingAuditActions
{
    public const string ListResources = "resource.list";
    public const string Calendar = "resource.calendar";
    public const string Request = "booking.request";
    public const string Approve = Notifications.Bookings.BookingVerbs.Approve;
    public const string Decline = Notifications.Bookings.BookingVerbs.Decline;
    public const string Cancel = "booking.cancel";

    /// <summary>The user's own coming requests and bookings ("Mijn reserveringen").</summary>
    public const string Mine = "booking.mine";

    public const string ResourceObject = "resource";
    public const string BookingObject = "booking";
}
