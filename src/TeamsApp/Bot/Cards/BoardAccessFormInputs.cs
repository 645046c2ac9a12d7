namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the board access form's inputs (district and theme are <see cref="BotInputs"/>'s): the tab API's field names.</summary>
public static class BoardAccessFormInputs
{
    public const string What = "what";
    public const string PreferredPeriod = "preferredPeriod";
    public const string FromTheBoard = "fromTheBoard";
}
