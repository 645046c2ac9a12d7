namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>The bookings that hold days of a resource in one month ("yyyy-MM"), by first day.</summary>
public sealed record CalendarResponse(ResourceResponse Resource, string Month, IReadOnlyList<BookingResponse> Bookings);
