namespace Wijkverbinder.Domain.Network;

/// <summary>A municipality by code and name, for lists.</summary>
public sealed record MunicipalitySummary(string Code, string Name);
