namespace Wijkverbinder.Domain.Network;

/// <summary>A gebied: a cluster of districts with one wijkteam.</summary>
public sealed record Area(AreaId Id, string Name, IReadOnlyList<string> DistrictCodes);
