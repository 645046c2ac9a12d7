namespace Wijkverbinder.TeamsApp.Resources;

/// <summary>Marker for the bot's card texts: BotTexts.resx (Dutch, the default) and BotTexts.en.resx.</summary>
public sealed class BotTexts;
