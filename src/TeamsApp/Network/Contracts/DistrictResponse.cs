namespace Wijkverbinder.TeamsApp.Network.Contracts;

public sealed record DistrictResponse(string Code, string Name, string Area, string AreaName, bool Inferred);
