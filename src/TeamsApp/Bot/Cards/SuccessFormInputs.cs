namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>The ids of the success form's inputs: the tab API's field names, so a refusal names the same field.</summary>
public static class SuccessFormInputs
{
    public const string Initiative = "initiative";
    public const string Story = "story";
    public const string Video = "video";
}
