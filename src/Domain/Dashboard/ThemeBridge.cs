namespace Wijkverbinder.Domain.Dashboard;

/// <summary>A member with ties to members of at least two themes it does not work on itself: <see cref="Themes"/>.</summary>
public sealed record ThemeBridge(string Id, string Name, IReadOnlyList<string> Themes);
