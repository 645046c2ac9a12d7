namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>A theme's goals as saved, with their new version.</summary>
public sealed record ProgrammeThemeGoalsResponse(string Theme, IReadOnlyList<string> Goals, string? Version);
