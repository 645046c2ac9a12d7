using System.Text.Json;

namespace Wijkverbinder.Protocol.Schema;

/// <summary>An Action.Execute as it arrives: its verb and the card's data merged with the inputs' values.</summary>
public sealed class AdaptiveCardInvokeAction : ExtensibleObject
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public JsonElement? Data { get; set; }
}
