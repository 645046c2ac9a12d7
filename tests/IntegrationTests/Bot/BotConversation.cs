using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>One user's personal chat with the bot, written as Teams writes the activities (see tests/Protocol.Tests/Payloads).</summary>
internal sealed class BotConversation(HttpClient bot, StubConnector connector, string locale = "nl-NL", string? userObjectId = null)
{
    public const string BotId = "28:wijkverbinder-bot";

    public string TenantId { get; } = Guid.NewGuid().ToString();

    public string UserObjectId { get; } = userObjectId ?? Guid.NewGuid().ToString();

    public string ConversationId { get; } = "a:1" + Guid.NewGuid().ToString("N");

    public async Task PostAsync(JsonObject activity)
    {
        using var response = await bot.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Sends a message and returns the card the bot answers with.</summary>
    public async Task<JsonObject> SayAsync(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        await PostAsync(activity);
        var reply = await connector.WaitForAsync(ConversationId, a => a["replyToId"]?.GetValue<string>() == activity["id"]!.GetValue<string>());
        return CardOf(reply);
    }

    /// <summary>Presses an Action.Execute button; returns the card Teams would show instead.</summary>
    public async Task<JsonObject> PressAsync(string verb, JsonObject? data = null)
    {
        var activity = Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = verb, ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        using var response = await bot.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    public JsonObject Activity(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-28T09:00:00.000Z",
        ["serviceUrl"] = connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:user-" + UserObjectId, ["name"] = "Test Gebruiker", ["aadObjectId"] = UserObjectId },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Wijkverbinder" },
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    public static JsonObject CardOf(JsonObject activity)
    {
        var attachment = activity["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        return attachment["content"]!.AsObject();
    }

    /// <summary>Every text, title, label and fact of a card, to assert on what a user reads.</summary>
    public static string TextOf(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" | ", o.Where(p => p.Key is "text" or "title" or "label" or "value" || p.Value is JsonObject or JsonArray).Select(p => p.Value is JsonValue v ? v.ToString() : TextOf(p.Value))),
        JsonArray a => string.Join(" | ", a.Select(TextOf)),
        _ => string.Empty,
    };
}
