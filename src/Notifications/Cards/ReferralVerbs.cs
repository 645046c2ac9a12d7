namespace Wijkverbinder.Notifications.Cards;

/// <summary>The Action.Execute verbs of the referral cards; the bot routes on them.</summary>
public static class ReferralVerbs
{
    public const string Refresh = "referral.refresh";
    public const string Accept = "referral.accept";
    public const string Decline = "referral.decline";
    public const string Forward = "referral.forward";
    public const string RequestInformation = "referral.requestInformation";
    public const string ProvideInformation = "referral.provideInformation";
    public const string Complete = "referral.complete";

    /// <summary>Opens the budget holder's assessment card of a budget request (handled by the bot's budget actions).</summary>
    public const string Assess = "budget.assess";

    /// <summary>The data field every referral action carries.</summary>
    public const string ReferralIdField = "referralId";
}
