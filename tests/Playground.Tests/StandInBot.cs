using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Playground.Tests;

/// <summary>
/// A tiny bot that speaks the Activity protocol, standing in for the real one: it records every activity, echoes text
/// through the Bot Connector REST API at the activity's serviceUrl, sends a card for "card", and answers a card action
/// with an updated card in the invoke response.
/// </summary>
public sealed class StandInBot : IAsyncDisposable
{
    public const string Verb = "bevestig";

    private readonly WebApplication app;
    private readonly HttpClient connector = new();
    private readonly List<JsonObject> received = [];

    private StandInBot(WebApplication app) => this.app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (received)
            {
                return [.. received];
            }
        }
    }

    public static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = "Bevestigen",
            ["verb"] = Verb,
            ["data"] = new JsonObject { ["referralId"] = "R-1" },
        }),
    };

    public static async Task<StandInBot> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new StandInBot(app);
        app.MapPost("/api/messages", bot.OnActivityAsync);
        await app.StartAsync();
        bot.Endpoint = new Uri(new Uri(app.Urls.Single()), "/api/messages");
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        connector.Dispose();
    }

    private async Task<IResult> OnActivityAsync(HttpRequest request)
    {
        if (await JsonNode.ParseAsync(request.Body) is not JsonObject activity)
        {
            return Results.BadRequest();
        }

        lock (received)
        {
            received.Add(activity);
        }

        switch ((string?)activity["type"])
        {
            case "message":
                var text = (string?)activity["text"];
                await ReplyAsync(activity, text switch
                {
                    "card" => CardMessage(text: null),
                    "card with text" => CardMessage(text: "Er is een nieuwe doorverwijzing."),
                    _ => new JsonObject { ["type"] = "message", ["text"] = $"echo: {text}" },
                });
                return Results.Ok();
            case "invoke" when (string?)activity["name"] == "adaptiveCard/action":
                var verb = (string?)activity["value"]?["action"]?["verb"];
                var referral = (string?)activity["value"]?["action"]?["data"]?["referralId"];
                return Results.Json(new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.card.adaptive",
                    ["value"] = Card($"{verb}: {referral}"),
                });
            default:
                return Results.Ok();
        }
    }

    private static JsonObject CardMessage(string? text)
    {
        var message = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.card.adaptive",
                ["content"] = Card("Nieuwe doorverwijzing"),
            }),
        };
        if (text is not null)
        {
            // The Playground's connector refuses "text": null.
            message["text"] = text;
        }

        return message;
    }

    // Bot Connector REST API: POST {serviceUrl}/v3/conversations/{conversationId}/activities.
    private async Task ReplyAsync(JsonObject activity, JsonObject reply)
    {
        reply["conversation"] = activity["conversation"]?.DeepClone();
        reply["from"] = activity["recipient"]?.DeepClone();
        reply["recipient"] = activity["from"]?.DeepClone();
        reply["replyToId"] = (string?)activity["id"];
        var serviceUrl = ((string?)activity["serviceUrl"] ?? throw new InvalidOperationException("No serviceUrl.")).TrimEnd('/');
        var conversationId = Uri.EscapeDataString((string?)activity["conversation"]?["id"] ?? throw new InvalidOperationException("No conversation."));
        using var content = new StringContent(reply.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await connector.PostAsync(new Uri($"{serviceUrl}/v3/conversations/{conversationId}/activities"), content);
        response.EnsureSuccessStatusCode();
    }
}
