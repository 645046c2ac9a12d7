namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// A connected part of the network (members that reach each other through ties), numbered from 1 by size, largest
/// first. <see cref="Examples"/> names its best-connected members so a reader recognises it.
/// </summary>
public sealed record Cluster(int Number, int Size, IReadOnlyList<string> Examples);
