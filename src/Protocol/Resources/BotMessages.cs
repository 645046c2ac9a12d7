namespace Wijkverbinder.Protocol.Resources;

/// <summary>Marker for the messaging endpoint's texts: BotMessages.resx (Dutch, the default) and BotMessages.en.resx.</summary>
public sealed class BotMessages;
