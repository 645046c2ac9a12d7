using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// A member on the map. <see cref="Ties"/> sizes the node; <see cref="Cluster"/> is the number of its cluster in the
/// analysis (0: no tie inside the scope). <see cref="Outside"/> marks a member of another district of the area that a
/// member of the scope has a tie to. E-mail and phone only for a person who chose to show them. <see cref="X"/> and
/// <see cref="Y"/> place it on the map (<see cref="MapLayout"/>); null on a large map, which the page lays out itself.
/// </summary>
public sealed record MapNode(
    string Id,
    string Name,
    MemberKind Kind,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Districts,
    int Ties,
    DateOnly JoinedOn,
    DateOnly? LastContact,
    int Cluster,
    bool Outside,
    string? Email,
    string? Phone,
    double? X = null,
    double? Y = null);
