using System.Text.Json.Nodes;

namespace Wijkverbinder.DevTools.Playground;

/// <summary>
/// What the Playground reports after an <c>adaptiveCard/action</c> invoke: the <c>type</c> and <c>value</c> of the bot's
/// invoke response (the Playground drops <c>statusCode</c>). For a card, the Playground shows <see cref="Value"/> in place
/// of the old one.
/// </summary>
public sealed record CardActionResult(string? Type, JsonNode? Value)
{
    public JsonObject? Card => Type == PlaygroundMessage.AdaptiveCardContentType ? Value as JsonObject : null;
}
