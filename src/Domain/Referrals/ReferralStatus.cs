namespace Wijkverbinder.Domain.Referrals;

/// <summary>Where a referral is in its life. Completed and Declined are final.</summary>
public enum ReferralStatus
{
    /// <summary>Written, not yet delivered to the receiver.</summary>
    New,

    /// <summary>Delivered to the receiver's inbox and Teams.</summary>
    Sent,

    /// <summary>Passed on to another receiver, who has not taken it on yet.</summary>
    Forwarded,

    /// <summary>The receiver took it on and is working on it (in behandeling).</summary>
    Accepted,

    /// <summary>The receiver asked the referrer a question; it waits for the answer.</summary>
    InformationRequested,

    Completed,

    Declined,
}
