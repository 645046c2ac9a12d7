namespace Wijkverbinder.Domain.Network;

/// <summary>
/// The members working in a district or area and their ties. A tie to a member outside the view is included,
/// so a manager sees the district's links to the rest of the area.
/// </summary>
public sealed record NetworkView(IReadOnlyList<Member> Members, IReadOnlyList<Tie> Ties);
