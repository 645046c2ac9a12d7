namespace Wijkverbinder.Domain.Network;

/// <summary>A wijk, by its CBS code. <paramref name="Inferred"/> marks a code that was not confirmed at the source.</summary>
public sealed record District(string Code, string Name, AreaId Area, bool Inferred = false);
