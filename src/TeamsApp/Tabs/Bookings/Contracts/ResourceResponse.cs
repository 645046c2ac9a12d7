namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>
/// A shared resource; no area: the whole municipality. A change names the <paramref name="Version"/> it was read at.
/// A retired one (<paramref name="Retired"/>, the day) takes no requests.
/// </summary>
public sealed record ResourceResponse(string Id, string Name, string? Description, string? Area, string? AreaName, string Approver, string? Version, DateTimeOffset? Retired, string? RetiredReason);
