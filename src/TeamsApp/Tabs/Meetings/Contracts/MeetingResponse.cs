namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>
/// One meeting for someone involved: its facts, invitees by name with their answers, agreed actions, the links'
/// state, whether the caller may organise it, and (once held) its feedback aggregated, never one answer.
/// </summary>
public sealed record MeetingResponse
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required string Scope { get; init; }

    public required IReadOnlyList<string> Districts { get; init; }

    public required IReadOnlyList<string> Themes { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public string? Location { get; init; }

    public bool Online { get; init; }

    public string? Agenda { get; init; }

    public required string Organiser { get; init; }

    public required string Status { get; init; }

    public string? CancelReason { get; init; }

    public required IReadOnlyList<InviteeResponse> Invitees { get; init; }

    public required IReadOnlyList<AgreedActionResponse> Actions { get; init; }

    public string? JoinUrl { get; init; }

    public bool InCalendar { get; init; }

    public bool Announced { get; init; }

    public bool MayOrganise { get; init; }

    public MeetingFeedbackResponse? Feedback { get; init; }
}
