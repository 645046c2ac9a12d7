namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>A resource's new name, description and approver's object id, and the version they were read at.</summary>
public sealed record ChangeResourceBody(string? Name, string? Description, string? Approver, string? Version);
