namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the texts of the privacy parts of the tabs (the user's own consent): PrivacyTexts.resx and .en.resx.</summary>
public sealed class PrivacyTexts;
