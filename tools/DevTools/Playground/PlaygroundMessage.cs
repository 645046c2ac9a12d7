using System.Text.Json.Nodes;

namespace Wijkverbinder.DevTools.Playground;

/// <summary>
/// A message as the Playground shows it in the chat (what its conversation stream pushes to the web UI). The Playground
/// splits a bot activity with text and attachments into one message for the text and one per attachment.
/// </summary>
/// <param name="Id">The id the Playground gave the message; an invoke names the card's message by it (replyToId).</param>
/// <param name="Json">The message as the stream sent it (mentions, suggestedActions, attachmentLayout...).</param>
public sealed record PlaygroundMessage(
    string Id, string FromId, string? Text, IReadOnlyList<PlaygroundAttachment> Attachments, JsonObject Json)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The first adaptive card attached, or null.</summary>
    public JsonObject? AdaptiveCard =>
        Attachments.FirstOrDefault(a => a.ContentType == AdaptiveCardContentType)?.Content as JsonObject;

    internal static PlaygroundMessage FromStream(JsonObject message) => new(
        (string?)message["messageId"] ?? throw new InvalidDataException("A Playground message has no messageId."),
        (string?)message["from"]?["id"] ?? string.Empty,
        (string?)message["text"],
        [.. (message["attachments"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(a => new PlaygroundAttachment((string?)a["contentType"] ?? string.Empty, a["content"]?.DeepClone()))],
        message);

    internal PlaygroundMessage WithCard(JsonNode card) =>
        this with { Attachments = [new PlaygroundAttachment(AdaptiveCardContentType, card.DeepClone())] };
}

public sealed record PlaygroundAttachment(string ContentType, JsonNode? Content);
