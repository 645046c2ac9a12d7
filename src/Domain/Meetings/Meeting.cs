using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Meetings;

/// <summary>
/// A theme, feedback or board meeting of a wijkteam, in one district or in a whole area. Invitees are references into
/// the network and the colleague directory; the meeting report (attendance, agreed actions) is a municipal record.
/// </summary>
public sealed record Meeting
{
    public required MeetingId Id { get; init; }

    public required MeetingKind Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>A district code (CBS) or an area id ("GM0202.W1"): where the meeting is about.</summary>
    public required string Scope { get; init; }

    /// <summary>The districts the scope covers: one for a district, all of an area's for an area.</summary>
    public required IReadOnlyList<string> Districts { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>Where it is held; may be empty when it is online only.</summary>
    public string? Location { get; init; }

    /// <summary>True: the calendar event gets a Teams online meeting.</summary>
    public bool Online { get; init; }

    public string? Agenda { get; init; }

    public required ColleagueId Organiser { get; init; }

    public required IReadOnlyList<Invitee> Invitees { get; init; }

    public required MeetingStatus Status { get; init; }

    public string? CancelReason { get; init; }

    public IReadOnlyList<AgreedAction> Actions { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The number of events in the history; the next event gets this plus one.</summary>
    public required int LastSequence { get; init; }

    /// <summary>The storage version this copy was read at; a change based on an older one is refused.</summary>
    public string? Version { get; init; }

    public bool IsOpen => Status == MeetingStatus.Planned;

    public Invitee? FindInvitee(InviteeRef invitee) => Invitees.FirstOrDefault(i => i.Ref == invitee);

    public IEnumerable<Invitee> Attendees => Invitees.Where(i => i.Attended);
}
