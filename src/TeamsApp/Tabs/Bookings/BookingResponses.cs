using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>Maps resources and bookings to the tab API's contracts.</summary>
internal static class BookingResponses
{
    public static ResourceResponse Resource(SharedResource resource, Municipality? municipality) => new(
        resource.Id.ToString(),
        resource.Name,
        resource.Description,
        resource.Area?.ToString(),
        resource.Area is { } area ? municipality?.FindArea(area)?.Name : null,
        resource.Approver.Value,
        resource.Version,
        resource.RetiredAt,
        resource.RetiredReason);

    public static BookingResponse Booking(BookingView view, TabUser viewer) => new(
        view.Booking.Id.ToString(),
        view.Booking.Resource.ToString(),
        Day(view.Booking.From),
        Day(view.Booking.To),
        view.Booking.Status.ToString(),
        view.Booking.Purpose,
        view.Booking.District,
        view.DistrictName,
        view.Booking.Initiative.ToString(),
        view.InitiativeName,
        view.RequesterName,
        view.Booking.Reason,
        viewer.ActsFor(view.Booking.RequestedBy),
        view.Booking.Status == BookingStatus.Requested && viewer.ActsFor(view.Resource.Approver));

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
