namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the texts every tab page shares: TabTexts.resx (Dutch, the default) and TabTexts.en.resx.</summary>
public sealed class TabTexts;
