namespace Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;

/// <summary>Why the resource is retired (its requesters are told) and the version it was read at.</summary>
public sealed record RetireResourceBody(string? Reason, string? Version);
