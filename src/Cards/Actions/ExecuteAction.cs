using System.Text.Json.Nodes;

namespace Wijkverbinder.Cards;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an adaptiveCard/action invoke with <see cref="Verb"/>,
/// <see cref="Data"/> and the inputs' values to the bot, and shows the card the bot answers with.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    /// <summary>What the bot should do; the bot routes on it.</summary>
    public required string Verb { get; init; }

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }

    internal override void Validate(CardValidator validator)
    {
        base.Validate(validator);
        validator.Require(!string.IsNullOrWhiteSpace(Verb), $"Action.Execute '{Title}' needs a verb.");
    }
}
