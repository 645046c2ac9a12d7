namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>A shared resource; no area: the whole municipality.</summary>
public sealed record ResourceResponse(string Id, string Name, string? Description, string? Area, string? AreaName, string Approver);
