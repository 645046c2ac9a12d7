namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// Two members without a tie that share themes and know the same members: the reason, in data, for introducing them.
/// <see cref="Score"/> is the number of shared themes plus the number of common neighbours.
/// </summary>
public sealed record SuggestedConnection(
    string FromId,
    string FromName,
    string ToId,
    string ToName,
    IReadOnlyList<string> SharedThemes,
    IReadOnlyList<string> CommonNeighbours,
    int Score);
