namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>What a user typed in the register form, kept so a refused form comes back filled in.</summary>
public sealed record RegisterValues(string? Name, string? District, string? Themes, string? Initiator, string? Description)
{
    public static readonly RegisterValues Empty = new(null, null, null, null, null);
}
