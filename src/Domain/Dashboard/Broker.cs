namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// A member many shortest paths run through (betweenness centrality, normalised to 0..1: 1 is the centre of a star).
/// </summary>
public sealed record Broker(string Id, string Name, double Score);
