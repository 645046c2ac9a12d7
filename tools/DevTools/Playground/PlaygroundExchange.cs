using System.Text.Json.Nodes;

namespace Wijkverbinder.DevTools.Playground;

/// <summary>
/// One HTTP exchange between the Playground and the bot, from the Playground's log stream: an activity the Playground
/// sent to the bot (and the bot's answer), or an activity the bot sent to the mocked connector (and the connector's answer).
/// </summary>
/// <param name="Request">The activity that was sent, as JSON.</param>
/// <param name="Response">The answer's body: the invoke response from the bot, or <c>{id}</c> from the connector.</param>
public sealed record PlaygroundExchange(
    bool FromBot, string? ActivityName, string? ConversationId, JsonObject? Request, int StatusCode, JsonNode? Response)
{
    // The labels the Playground writes in its log (LabelType.BotApp in dist/index.js).
    private const string BotLabel = "User Application";

    /// <summary>The activity's type for activities; the connector call (e.g. GetConversationMembers) otherwise.</summary>
    public string? Type => (string?)Request?["type"] ?? ActivityName;

    internal static PlaygroundExchange? FromLog(JsonObject log) =>
        (string?)log["type"] != "bot"
            ? null
            : new PlaygroundExchange(
                (string?)log["from"] == BotLabel,
                (string?)log["activityName"],
                (string?)log["conversationId"],
                log["request"]?["body"] as JsonObject,
                (int?)log["response"]?["statusCode"] ?? 0,
                log["response"]?["body"]);
}
