namespace Wijkverbinder.TeamsApp.Network.Contracts;

public sealed record ThemeResponse(string Id, string Name);
