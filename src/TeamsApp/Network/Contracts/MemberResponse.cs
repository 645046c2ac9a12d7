namespace Wijkverbinder.TeamsApp.Network.Contracts;

/// <summary>
/// A member as the API shows it. A person's e-mail and phone appear only when the person opted in to showing them.
/// </summary>
public sealed record MemberResponse
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required IReadOnlyList<string> Themes { get; init; }

    public required string JoinedOn { get; init; }

    public string? Version { get; init; }

    public bool? Occasional { get; init; }

    public string? Description { get; init; }

    public string? PartnerKind { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool? ShowContactDetails { get; init; }

    /// <summary>When the person's choice to show or hide their contact details was recorded (yyyy-MM-dd).</summary>
    public string? ConsentRecordedOn { get; init; }

    public IReadOnlyList<TieResponse>? Ties { get; init; }
}
