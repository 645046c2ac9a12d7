namespace Wijkverbinder.Domain.Referrals;

/// <summary>What happened to a referral; every event is a line in its history.</summary>
public enum ReferralEventKind
{
    Created,
    Sent,
    Accepted,
    Declined,
    Forwarded,
    InformationRequested,
    InformationProvided,
    Completed,
    Reminded,
    Escalated,

    /// <summary>Money spent on a granted budget request was registered.</summary>
    SpendingRecorded,
}
