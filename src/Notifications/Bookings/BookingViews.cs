using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Notifications.Bookings;

/// <summary>Reads a booking with its resource and the names of its requester, initiative and district.</summary>
public sealed class BookingViews(IBookingStore bookings, IColleagueDirectory colleagues, INetworkStore network)
{
    public async Task<BookingView?> GetAsync(BookingId id, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetAsync(id, cancellationToken);
        return booking is null ? null : await ForAsync(booking, cancellationToken);
    }

    public async Task<BookingView?> ForAsync(Booking booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var resource = await bookings.GetResourceAsync(booking.Resource, cancellationToken);
        if (resource is null)
        {
            return null;
        }

        var requester = await colleagues.GetAsync(booking.Id.Municipality, booking.RequestedBy, cancellationToken);
        var members = await network.GetMembersAsync(booking.Initiative.Area, [booking.Initiative], cancellationToken);
        var municipality = await network.GetMunicipalityAsync(booking.Id.Municipality, cancellationToken);
        return new BookingView(
            booking,
            resource,
            requester?.Name ?? "?",
            members.TryGetValue(booking.Initiative, out var initiative) ? initiative.Name : "?",
            municipality?.FindDistrict(booking.District)?.Name ?? booking.District);
    }
}
