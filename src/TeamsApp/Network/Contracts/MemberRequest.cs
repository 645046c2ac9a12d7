namespace Wijkverbinder.TeamsApp.Network.Contracts;

/// <summary>
/// A member as a client sends it. One shape for all kinds; the address says the kind. Enumerations and dates are
/// text so that a wrong value is answered with the field's name, not a parse failure.
/// </summary>
public sealed record MemberRequest
{
    public string? Name { get; init; }

    public IReadOnlyList<string>? Districts { get; init; }

    public IReadOnlyList<string>? Themes { get; init; }

    /// <summary>yyyy-MM-dd; today when left out on create, unchanged when left out on update.</summary>
    public string? JoinedOn { get; init; }

    public bool? Occasional { get; init; }

    public string? Description { get; init; }

    public string? PartnerKind { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool? ShowContactDetails { get; init; }

    /// <summary>Ties to create with a new member (ignored on update: ties have their own address).</summary>
    public IReadOnlyList<TieRequest>? Ties { get; init; }
}
