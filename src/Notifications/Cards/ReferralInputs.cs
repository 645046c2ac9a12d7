namespace Wijkverbinder.Notifications.Cards;

/// <summary>The ids of the inputs on the referral cards' action forms.</summary>
public static class ReferralInputs
{
    public const string Reason = "reason";
    public const string To = "to";
    public const string Note = "note";
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Outcome = "outcome";
}
