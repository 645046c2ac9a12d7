namespace Wijkverbinder.TeamsApp.Network.Contracts;

/// <summary>A district's or area's network: who works there and how they are tied.</summary>
public sealed record NetworkResponse(string Scope, string Code, string Name, IReadOnlyList<MemberResponse> Members, IReadOnlyList<TieResponse> Ties);
