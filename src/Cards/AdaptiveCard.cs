using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkverbinder.Cards;

/// <summary>
/// An Adaptive Card of schema 1.5. <see cref="ToJson"/> and <see cref="ToJsonElement"/> refuse a card that breaks the
/// model's rules (see <see cref="Validate"/>), so an unlabelled input or an oversized refresh never reaches a client.
/// </summary>
public sealed class AdaptiveCard
{
    /// <summary>Teams renders bot cards up to this schema version; the model has nothing newer.</summary>
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version => SchemaVersion;

    public IList<CardElement> Body { get; init; } = [];

    public IList<CardAction>? Actions { get; init; }

    /// <summary>Universal Actions: the client sends this Action.Execute when it shows the card to the listed users.</summary>
    public Refresh? Refresh { get; init; }

    /// <summary>Shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardOptions? MsTeams { get; init; }

    /// <summary>The model's rules this card breaks; empty when it may be sent.</summary>
    public IReadOnlyList<string> Validate()
    {
        var validator = new CardValidator();
        validator.Card(this);
        return validator.Problems;
    }

    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(EnsureValid(), indented ? CardJsonContext.Indented.AdaptiveCard : CardJsonContext.Default.AdaptiveCard);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(EnsureValid(), CardJsonContext.Default.AdaptiveCard);

    private AdaptiveCard EnsureValid()
    {
        var problems = Validate();
        return problems.Count == 0 ? this : throw new InvalidCardException(problems);
    }
}
