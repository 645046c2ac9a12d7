namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>The one-time sign-in ticket the page hands to its circuit instead of the token.</summary>
public sealed record TicketResponse(string Ticket);
