namespace Wijkverbinder.Domain.Network;

/// <summary>A tie as a client asks for it: from the member being written to <paramref name="Other"/>.</summary>
public sealed record TieInput(string? Other, TieType Type, DateOnly? Since, DateOnly? LastContactOn);
