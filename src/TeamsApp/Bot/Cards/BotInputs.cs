namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the bot's card inputs: the invoke carries each value under its id.</summary>
public static class BotInputs
{
    public const string Name = "name";
    public const string District = "district";
    public const string Themes = "themes";
    public const string Theme = "theme";
    public const string Initiator = "initiator";
    public const string Description = "description";
    public const string Member = "member";
}
