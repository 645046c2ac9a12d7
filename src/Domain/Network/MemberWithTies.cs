namespace Wijkverbinder.Domain.Network;

/// <summary>A member and every tie it takes part in.</summary>
public sealed record MemberWithTies(Member Member, IReadOnlyList<Tie> Ties);
