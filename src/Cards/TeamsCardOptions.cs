namespace Wijkverbinder.Cards;

/// <summary>The card's <c>msteams</c> property: host options that Teams reads and other hosts ignore.</summary>
public sealed class TeamsCardOptions
{
    /// <summary>"Full" stretches the card to the width of the conversation; null keeps Teams' default width.</summary>
    public string? Width { get; init; }

    public static TeamsCardOptions FullWidth { get; } = new() { Width = "Full" };
}
