namespace Wijkverbinder.TeamsApp.Referrals.Contracts;

/// <summary>What a colleague must handle (as receiver, or for one of their teams) and what they sent.</summary>
public sealed record MyReferralsResponse(IReadOnlyList<ReferralResponse> ToHandle, IReadOnlyList<ReferralResponse> Sent);
