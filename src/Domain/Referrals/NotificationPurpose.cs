namespace Wijkverbinder.Domain.Referrals;

/// <summary>Why a colleague is notified; it decides the wording and the actions of the mail or card.</summary>
public enum NotificationPurpose
{
    /// <summary>A referral to handle (new, or forwarded to them).</summary>
    NewRequest,

    /// <summary>Something changed on a referral they are involved in.</summary>
    StatusUpdate,

    /// <summary>The referrer is asked a question by the receiver.</summary>
    QuestionForReferrer,

    /// <summary>The due date is near.</summary>
    Reminder,

    /// <summary>The due date passed; the district manager is told.</summary>
    Escalation,
}
