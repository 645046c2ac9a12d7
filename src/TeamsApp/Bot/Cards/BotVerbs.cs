namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The verbs of the bot's Action.Execute buttons; the invoke handler routes on them.</summary>
public static class BotVerbs
{
    public const string ShowRegister = "showRegister";
    public const string Register = "registerInitiative";
    public const string ShowFind = "showFind";
    public const string Find = "find";
    public const string ShowSummary = "showSummary";
    public const string Summary = "districtSummary";
    public const string Help = "help";
}
