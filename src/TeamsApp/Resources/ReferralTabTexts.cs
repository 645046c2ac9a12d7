namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>
/// Marker for the "my referrals" tab's own texts: ReferralTabTexts.resx (Dutch) and .en.resx. Facts, statuses, events
/// and action names come from the card's texts (CardTexts), refusal reasons from the API's (ApiMessages).
/// </summary>
public sealed class ReferralTabTexts;
