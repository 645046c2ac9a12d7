namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>Who the tab API sees: the colleague id, name, Entra app role values and districts.</summary>
public sealed record MeResponse(string Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Districts);
