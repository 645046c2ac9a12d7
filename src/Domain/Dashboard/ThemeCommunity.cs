namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// The members working on one theme and how they hang together: the connected groups (member ids, largest first) of
/// the network of only those members. One group means the theme's members all reach each other.
/// </summary>
public sealed record ThemeCommunity(string Theme, int Members, IReadOnlyList<IReadOnlyList<string>> Groups);
