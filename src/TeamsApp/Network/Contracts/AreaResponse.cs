namespace Wijkverbinder.TeamsApp.Network.Contracts;

public sealed record AreaResponse(string Id, string Name, IReadOnlyList<string> Districts);
