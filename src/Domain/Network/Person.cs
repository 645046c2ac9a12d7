namespace Wijkverbinder.Domain.Network;

/// <summary>
/// A person with one or more roles. Contact details are kept to e-mail and phone, and are shown to others only when
/// <see cref="ShowContactDetails"/> is set (the person's opt-in; default no).
/// </summary>
public sealed record Person : Member
{
    public required IReadOnlyList<PersonRole> Roles { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool ShowContactDetails { get; init; }

    /// <summary>When the person last gave or withdrew their opt-in (null: never recorded, so not shown).</summary>
    public DateOnly? ConsentRecordedOn { get; init; }

    public override MemberKind Kind => MemberKind.Person;
}
