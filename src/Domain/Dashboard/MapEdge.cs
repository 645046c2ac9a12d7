using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>A tie on the map.</summary>
public sealed record MapEdge(string From, string To, TieType Type, DateOnly LastContact);
