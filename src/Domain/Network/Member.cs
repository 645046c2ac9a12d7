namespace Wijkverbinder.Domain.Network;

/// <summary>
/// A party in the network: an initiative, a partner organisation or a person.
/// Every member says where it works (districts of one area), on which themes, and since when it is in the network.
/// </summary>
public abstract record Member
{
    public required MemberId Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>When the member joined the network; "new parties" are found by this date.</summary>
    public required DateOnly JoinedOn { get; init; }

    /// <summary>The storage version this copy was read at; an update with an older one is refused.</summary>
    public string? Version { get; init; }

    public abstract MemberKind Kind { get; }
}
