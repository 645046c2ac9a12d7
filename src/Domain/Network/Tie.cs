namespace Wijkverbinder.Domain.Network;

/// <summary>A typed, dated relation between two members of the same area, with the date of their last contact.</summary>
public sealed record Tie
{
    public required MemberId From { get; init; }

    public required MemberId To { get; init; }

    public required TieType Type { get; init; }

    public required DateOnly Since { get; init; }

    public required DateOnly LastContactOn { get; init; }

    /// <summary>The storage version of the from-member's side of the tie.</summary>
    public string? Version { get; init; }

    public bool Involves(MemberId member) => From == member || To == member;

    public MemberId Other(MemberId member) => From == member ? To : From;
}
