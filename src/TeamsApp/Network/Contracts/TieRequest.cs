namespace Wijkverbinder.TeamsApp.Network.Contracts;

/// <summary>A tie from the member in the address to <see cref="Other"/>. Dates are yyyy-MM-dd.</summary>
public sealed record TieRequest(string? Other, string? Type, string? Since, string? LastContactOn);
