using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// A doorverwijzing: a colleague refers an initiative or a resident's question to the colleague (or team) that should
/// handle it, and stays involved until it is taken over (warme overdracht). Minimal by design: a short summary, no BSN,
/// no health details; a resident's personal data only with their recorded consent.
/// </summary>
public sealed record Referral
{
    public required ReferralId Id { get; init; }

    public required SubjectKind Subject { get; init; }

    /// <summary>The initiative referred, when <see cref="Subject"/> is Initiative.</summary>
    public MemberId? Initiative { get; init; }

    /// <summary>A short line that names the request, shown in lists, mails and cards.</summary>
    public required string Summary { get; init; }

    /// <summary>What the receiver needs to know; no health details.</summary>
    public string? Details { get; init; }

    /// <summary>District (CBS code) the request is about.</summary>
    public required string District { get; init; }

    public required string Theme { get; init; }

    public required Urgency Urgency { get; init; }

    public required ColleagueId Referrer { get; init; }

    /// <summary>The team the referrer acts for, if any (for example their wijkteam).</summary>
    public ColleagueId? ReferrerTeam { get; init; }

    public required ColleagueId Receiver { get; init; }

    public required DateOnly DueDate { get; init; }

    public required ReferralStatus Status { get; init; }

    /// <summary>True when <see cref="Details"/> holds a resident's personal data; then <see cref="Consent"/> is required.</summary>
    public bool ContainsPersonalData { get; init; }

    public ResidentConsent? Consent { get; init; }

    /// <summary>The status to return to when the referrer answers a question.</summary>
    public ReferralStatus? StatusBeforeQuestion { get; init; }

    /// <summary>The receiver's open question to the referrer, while <see cref="Status"/> is InformationRequested.</summary>
    public string? OpenQuestion { get; init; }

    public string? DeclineReason { get; init; }

    /// <summary>The request and its decision, when <see cref="Subject"/> is BudgetRequest.</summary>
    public BudgetRequest? Budget { get; init; }

    /// <summary>What the residents ask of the board, when <see cref="Subject"/> is BoardAccess.</summary>
    public BoardAccessRequest? BoardAccess { get; init; }

    public string? Outcome { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The due date a reminder was sent for (so a timer that runs twice reminds once).</summary>
    public DateOnly? RemindedFor { get; init; }

    /// <summary>The due date an escalation was sent for.</summary>
    public DateOnly? EscalatedFor { get; init; }

    /// <summary>The number of events in the history; the next event gets this plus one.</summary>
    public required int LastSequence { get; init; }

    /// <summary>The storage version this copy was read at; a change based on an older one is refused.</summary>
    public string? Version { get; init; }

    public bool IsOpen => Status is not (ReferralStatus.Completed or ReferralStatus.Declined);

    public bool IsOverdue(DateOnly today) => IsOpen && DueDate < today;
}
