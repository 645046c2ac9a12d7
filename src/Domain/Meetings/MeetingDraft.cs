namespace Wijkverbinder.Domain.Meetings;

/// <summary>What the organiser fills in to plan (or change) a meeting; checked by <see cref="MeetingValidator"/>.</summary>
public sealed record MeetingDraft
{
    public required MeetingKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>A district code or an area id.</summary>
    public required string Scope { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public string? Location { get; init; }

    public bool Online { get; init; }

    public string? Agenda { get; init; }

    public required IReadOnlyList<InviteeRef> Invitees { get; init; }
}
