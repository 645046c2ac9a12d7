namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>A booking request: the first and last day ("yyyy-MM-dd"), the purpose, the district (CBS code) and the initiative's member id.</summary>
public sealed record BookingRequestBody(string? From, string? To, string? Purpose, string? District, string? Initiative);
