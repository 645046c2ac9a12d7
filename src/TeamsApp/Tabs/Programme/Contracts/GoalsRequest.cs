namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>The new goals of a theme, and the version read (null when the theme had no goals yet).</summary>
public sealed record GoalsRequest(IReadOnlyList<string?>? Goals, string? Version);
