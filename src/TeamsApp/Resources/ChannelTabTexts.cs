namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the channel tab's configuration pages' texts: ChannelTabTexts.resx (Dutch, the default) and ChannelTabTexts.en.resx.</summary>
public sealed class ChannelTabTexts;
