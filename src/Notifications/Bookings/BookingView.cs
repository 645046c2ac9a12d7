using Wijkverbinder.Domain.Bookings;

namespace Wijkverbinder.Notifications.Bookings;

/// <summary>A booking with the names its cards and pages show (the names are read when shown, never stored with it).</summary>
public sealed record BookingView(Booking Booking, SharedResource Resource, string RequesterName, string InitiativeName, string DistrictName);
