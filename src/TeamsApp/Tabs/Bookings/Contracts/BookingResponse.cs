namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>A booking as the calendar shows it; the days are "yyyy-MM-dd", both included. CanDecide: the viewer is the approver.</summary>
public sealed record BookingResponse(
    string Id,
    string Resource,
    string From,
    string To,
    string Status,
    string Purpose,
    string District,
    string DistrictName,
    string Initiative,
    string InitiativeName,
    string RequestedBy,
    string? Reason,
    bool Mine,
    bool CanDecide);
