using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// A resident's consent to share their personal data with one receiver: to whom it was given (the referrer or their
/// team), when, and for which receiver. A referral that holds a resident's personal data is refused without it.
/// </summary>
public sealed record ResidentConsent(string GivenTo, DateOnly GivenOn, ColleagueId ForReceiver);
