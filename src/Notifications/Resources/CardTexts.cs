namespace Wijkverbinder.Notifications.Resources;

/// <summary>Marker for the referral card texts: CardTexts.resx (Dutch, the default) and CardTexts.en.resx.</summary>
public sealed class CardTexts;
