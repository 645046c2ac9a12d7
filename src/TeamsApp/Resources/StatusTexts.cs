namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the network status page's texts: StatusTexts.resx (Dutch, the default) and StatusTexts.en.resx.</summary>
public sealed class StatusTexts;
