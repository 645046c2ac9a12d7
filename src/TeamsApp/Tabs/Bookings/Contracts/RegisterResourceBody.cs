namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>A new shared resource: its name, a description, the area id ("GM0202.W1"; empty: the whole municipality) and the approver's object id.</summary>
public sealed record RegisterResourceBody(string? Name, string? Description, string? Area, string? Approver);
