namespace Wijkverbinder.Domain.Referrals;

/// <summary>How soon the receiver should act; the default due date follows from it (<see cref="ReferralSla"/>).</summary>
public enum Urgency
{
    Normal,
    High,
    Urgent,
}
