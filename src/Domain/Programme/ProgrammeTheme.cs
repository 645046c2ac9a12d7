using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// One theme of an area's wijkprogramma: its goals (with the storage version an editor sends back; null when it has
/// none yet) and the initiatives working on it.
/// </summary>
public sealed record ProgrammeTheme(Theme Theme, IReadOnlyList<string> Goals, IReadOnlyList<ProgrammeInitiative> Initiatives, string? GoalsVersion = null);
