namespace Wijkverbinder.Domain.Network;

/// <summary>A bewonersinitiatief. An occasional one (gelegenheidsinitiatief) is flagged so analysis can tell them apart.</summary>
public sealed record Initiative : Member
{
    public bool Occasional { get; init; }

    /// <summary>What the initiative does, in a sentence or two. No personal data.</summary>
    public string? Description { get; init; }

    public override MemberKind Kind => MemberKind.Initiative;
}
