namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the hardening's texts (rate limit answers): SecurityTexts.resx (Dutch, the default) and SecurityTexts.en.resx.</summary>
public sealed class SecurityTexts;
