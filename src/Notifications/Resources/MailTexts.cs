namespace Wijkverbinder.Notifications.Resources;

/// <summary>Marker for the referral mail texts: MailTexts.resx (Dutch, the default) and MailTexts.en.resx.</summary>
public sealed class MailTexts;
