namespace Wijkverbinder.Domain.Referrals;

/// <summary>A referral with its full history, oldest event first.</summary>
public sealed record ReferralRecord(Referral Referral, IReadOnlyList<ReferralEvent> History);
