using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// The figures at the top of the page. Counts follow <see cref="NetworkSummary"/>'s rules; a member counts once per
/// theme it works on.
/// </summary>
public sealed record KeyFigures(
    int Members,
    IReadOnlyDictionary<MemberKind, int> ByKind,
    IReadOnlyDictionary<string, int> ByTheme,
    int NewThisQuarter,
    int Dormant,
    int Isolated,
    IReadOnlyList<string> ThemesWithoutInitiative);
