namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>Where an introduction card went.</summary>
public enum IntroductionOutcome
{
    /// <summary>The channel of the area's wijkteam.</summary>
    TeamChannel,

    /// <summary>The signed-in user's own chat with the bot (the wijkteam has no known channel).</summary>
    PersonalChat,

    /// <summary>Neither conversation is known to the bot (or Teams refused it).</summary>
    NotSent,
}
