using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Notifications.Bookings;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>What the resources page and its API read: a resource's month with the names each booking shows.</summary>
public sealed class BookingTabQueries(BookingService bookings, BookingViews views)
{
    public async Task<IReadOnlyList<BookingView>> MonthAsync(SharedResource resource, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var list = new List<BookingView>();
        foreach (var booking in await bookings.MonthAsync(resource.Id, year, month, cancellationToken))
        {
            if (await views.ForAsync(booking, cancellationToken) is { } view)
            {
                list.Add(view);
            }
        }

        return list;
    }
}
