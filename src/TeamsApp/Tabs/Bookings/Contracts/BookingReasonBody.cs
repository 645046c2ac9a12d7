namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>The reason of a decline (required) or a cancellation (optional).</summary>
public sealed record BookingReasonBody(string? Reason);
