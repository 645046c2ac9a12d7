using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Notifications.Bookings;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>What the resources page and its API read: a resource's month, or the user's own coming bookings, with the names each booking shows.</summary>
public sealed class BookingTabQueries(BookingService bookings, BookingViews views)
{
    public async Task<IReadOnlyList<BookingView>> MonthAsync(SharedResource resource, int year, int month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return await ViewsAsync(await bookings.MonthAsync(resource.Id, year, month, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The requests and bookings the user (or a team they act for) made that still hold days from <paramref name="today"/>
    /// on, over every resource, by first day: what they may still cancel.
    /// </summary>
    public async Task<IReadOnlyList<BookingView>> MineAsync(IReadOnlyList<SharedResource> resources, Identity.TabUser user, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(user);
        var mine = new List<Booking>();
        foreach (var resource in resources)
        {
            var holding = await bookings.HoldingAsync(resource.Id, today, today.AddDays(BookingLimits.MaxDaysAhead + BookingLimits.MaxDays), cancellationToken);
            mine.AddRange(holding.Where(b => user.ActsFor(b.RequestedBy)));
        }

        return await ViewsAsync([.. mine.OrderBy(b => b.From).ThenBy(b => b.Id.Local, StringComparer.Ordinal)], cancellationToken);
    }

    private async Task<IReadOnlyList<BookingView>> ViewsAsync(IReadOnlyList<Booking> found, CancellationToken cancellationToken)
    {
        var list = new List<BookingView>();
        foreach (var booking in found)
        {
            if (await views.ForAsync(booking, cancellationToken) is { } view)
            {
                list.Add(view);
            }
        }

        return list;
    }
}
