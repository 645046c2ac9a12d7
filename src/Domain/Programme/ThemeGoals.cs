using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// The goals an area's wijkteam set for one theme of its wijkprogramma. Goals are about the neighbourhood, not about
/// people, so they hold no personal data. <see cref="Version"/> is the storage version the goals were read at.
/// </summary>
public sealed record ThemeGoals(AreaId Area, string Theme, IReadOnlyList<string> Goals, string? Version = null);
