namespace Wijkverbinder.TeamsApp.Network.Contracts;

/// <summary>New dates for an existing tie, typically a new last contact. Dates are yyyy-MM-dd.</summary>
public sealed record TieDatesRequest(string? Since, string? LastContactOn);
