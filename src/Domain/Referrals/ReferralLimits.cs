namespace Wijkverbinder.Domain.Referrals;

/// <summary>Hard limits that keep a referral minimal (and every row well under Table Storage's 64 KB per string).</summary>
public static class ReferralLimits
{
    public const int SummaryLength = 120;
    public const int DetailsLength = 1000;

    /// <summary>A reason, question, answer, outcome or forwarding note.</summary>
    public const int NoteLength = 500;

    public const int ConsentGivenToLength = 120;

    /// <summary>The furthest a due date may be set ahead.</summary>
    public const int MaxDueDays = 365;

    /// <summary>
    /// District managers told of one overdue referral: two notifications each must fit the change's single
    /// transaction (at most 100 operations) next to the referral, its event and its index rows.
    /// </summary>
    public const int EscalationRecipients = 20;
}
