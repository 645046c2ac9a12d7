namespace Wijkverbinder.Domain.Dashboard;

/// <summary>What the network map draws: the scope's members (and the members outside it they have ties to) and their ties.</summary>
public sealed record NetworkMap(IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges);
