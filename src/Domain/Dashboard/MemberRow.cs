using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>One line of a member list behind a figure (new, dormant, isolated), as the page and the CSV show it.</summary>
public sealed record MemberRow(
    string Id,
    string Name,
    MemberKind Kind,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Districts,
    DateOnly? LastContact);
