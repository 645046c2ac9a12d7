using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// A new referral as the referrer filled it in. A missing receiver takes the routing rule's suggestion; a missing due
/// date follows from the urgency (<see cref="ReferralSla"/>).
/// </summary>
public sealed record ReferralDraft
{
    public required SubjectKind Subject { get; init; }

    public MemberId? Initiative { get; init; }

    public required string Summary { get; init; }

    public string? Details { get; init; }

    public required string District { get; init; }

    public required string Theme { get; init; }

    public Urgency Urgency { get; init; } = Urgency.Normal;

    public ColleagueId? Receiver { get; init; }

    public ColleagueId? ReferrerTeam { get; init; }

    public DateOnly? DueDate { get; init; }

    public bool ContainsPersonalData { get; init; }

    /// <summary>To whom the resident gave consent; with <see cref="ConsentGivenOn"/> it is recorded for the receiver.</summary>
    public string? ConsentGivenTo { get; init; }

    public DateOnly? ConsentGivenOn { get; init; }

    /// <summary>The budget request, for a BudgetRequest (checked by <see cref="BudgetValidator"/> before it gets here).</summary>
    public BudgetRequest? Budget { get; init; }

    /// <summary>The board access request, for a BoardAccess referral.</summary>
    public BoardAccessRequest? BoardAccess { get; init; }
}
