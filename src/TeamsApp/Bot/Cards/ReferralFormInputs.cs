namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the referral form's inputs (district and theme are <see cref="BotInputs"/>).</summary>
public static class ReferralFormInputs
{
    public const string Subject = "subject";
    public const string Initiative = "initiative";
    public const string Summary = "summary";
    public const string Details = "details";
    public const string Urgency = "urgency";
    public const string Receiver = "receiver";
    public const string DueDate = "dueDate";
    public const string PersonalData = "personalData";
    public const string ConsentGivenTo = "consentGivenTo";
    public const string ConsentGivenOn = "consentGivenOn";

    /// <summary>The referral chosen from "my referrals".</summary>
    public const string Referral = "referralId";
}
