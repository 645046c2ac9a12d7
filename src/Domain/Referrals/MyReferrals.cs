namespace Wijkverbinder.Domain.Referrals;

/// <summary>A colleague's referrals: what they (or one of their teams) must handle, and what they sent; open first, by due date.</summary>
public sealed record MyReferrals(IReadOnlyList<Referral> ToHandle, IReadOnlyList<Referral> Sent);
