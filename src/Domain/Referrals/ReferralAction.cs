namespace Wijkverbinder.Domain.Referrals;

/// <summary>What a colleague can do with a referral; the lifecycle decides when each is allowed.</summary>
public enum ReferralAction
{
    Accept,
    Decline,
    Forward,
    RequestInformation,
    ProvideInformation,
    Complete,
}
