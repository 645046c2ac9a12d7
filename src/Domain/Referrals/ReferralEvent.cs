using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// One line of a referral's history: what happened, who did it (null for the system), when, and the status after.
/// <see cref="Text"/> holds the reason, question, answer or outcome; <see cref="Receiver"/> the new receiver of a forward.
/// </summary>
public sealed record ReferralEvent
{
    public required int Sequence { get; init; }

    public required ReferralEventKind Kind { get; init; }

    public ColleagueId? Actor { get; init; }

    public required DateTimeOffset At { get; init; }

    public required ReferralStatus StatusAfter { get; init; }

    public string? Text { get; init; }

    public ColleagueId? Receiver { get; init; }
}
