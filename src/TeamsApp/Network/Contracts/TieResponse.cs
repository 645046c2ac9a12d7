namespace Wijkverbinder.TeamsApp.Network.Contracts;

/// <summary>A tie: "from" is supported by, a member of, referred to, works with or met "to".</summary>
public sealed record TieResponse(string From, string To, string Type, string Since, string LastContactOn, string? Version);
