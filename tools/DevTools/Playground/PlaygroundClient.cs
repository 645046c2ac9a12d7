using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wijkverbinder.DevTools.Playground;

/// <summary>
/// Drives the Agents Playground the way its web UI does: installs the app in the personal chat, sends the user's messages,
/// presses Action.Execute buttons, and collects what the bot sends back from the Playground's streams.
/// Routes and bodies follow the Playground's own server (see docs/playground.md). Thread-safe.
/// </summary>
public sealed partial class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly PlaygroundClientOptions options;
    private PlaygroundTenant? tenant;

    /// <summary>A typed client over <paramref name="http"/>, whose BaseAddress is the Playground. Call <see cref="ConnectAsync(CancellationToken)"/> next.</summary>
    public PlaygroundClient(HttpClient http, PlaygroundClientOptions? options = null)
        : this(http, ownsHttp: false, options)
    {
    }

    private PlaygroundClient(HttpClient http, bool ownsHttp, PlaygroundClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs the Playground as its BaseAddress.", nameof(http));
        }

        this.http = http;
        this.ownsHttp = ownsHttp;
        this.options = options ?? new PlaygroundClientOptions();
    }

    /// <summary>The personal chat between the current user and the bot (the Playground picks a new id at each start).</summary>
    public string ConversationId => Tenant.ConversationId;

    /// <summary>The mocked signed-in user ("user-id-0", Alex Wilber, by default).</summary>
    public string UserId => Tenant.UserId;

    public string BotId => Tenant.BotId;

    private PlaygroundTenant Tenant => tenant ?? throw new InvalidOperationException("Call ConnectAsync first.");

    /// <summary>Creates a client for the Playground at <paramref name="baseAddress"/> and connects it.</summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, CancellationToken cancellationToken = default)
    {
        var client = new PlaygroundClient(new HttpClient { BaseAddress = baseAddress }, ownsHttp: true, options: null);
        try
        {
            await client.ConnectAsync(cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads the mocked tenant (GET /_internal/v1/testConfig) and subscribes to the Playground's streams.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        var config = await SendAsync(HttpMethod.Get, "_internal/v1/testConfig", body: null, cancellationToken) as JsonObject
            ?? throw new InvalidDataException("The Playground sent no config.");
        tenant = new PlaygroundTenant(
            (string?)config["config"]?["personalChat"]?["id"] ?? throw new InvalidDataException("The config has no personal chat."),
            (string?)config["config"]?["currentUser"]?["id"] ?? throw new InvalidDataException("The config has no current user."),
            (string?)config["config"]?["bot"]?["id"] ?? throw new InvalidDataException("The config has no bot."));
        await SubscribeAsync(cancellationToken);
    }

    /// <summary>
    /// Installs the app in the personal chat: the Playground sends the bot an installationUpdate (action add) and a
    /// conversationUpdate with the user and the bot in membersAdded. Returns when the Playground accepted the request;
    /// the activities follow asynchronously (wait with <see cref="WaitForExchangeAsync"/>).
    /// </summary>
    public async Task InstallAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Post, $"_debug/conversation/{Uri.EscapeDataString(ConversationId)}/installation", new JsonObject(), cancellationToken);

    /// <summary>Sends a message from the user in the personal chat; returns the id the Playground gave it.</summary>
    public async Task<string> SendMessageAsync(string text, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["text"] = text, ["textFormat"] = "plain" };
        var response = await SendAsync(HttpMethod.Post, $"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages", body, cancellationToken);
        return (string?)response?["messageId"] ?? throw new InvalidDataException("The Playground returned no messageId.");
    }

    /// <summary>
    /// Presses an Action.Execute button on the card in message <paramref name="messageId"/>: the Playground sends the bot an
    /// adaptiveCard/action invoke and returns the bot's answer. When it is a card, it replaces the old one, here as in the UI.
    /// </summary>
    public async Task<CardActionResult> ExecuteActionAsync(string messageId, string verb, JsonNode? data = null, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = UserId },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = messageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() ?? new JsonObject() },
                ["trigger"] = "manual",
            },
        };
        var response = await SendAsync(HttpMethod.Post, "_conversation/v1/invoke", body, cancellationToken);
        var result = new CardActionResult((string?)response?["type"], response?["value"]?.DeepClone());
        if (result.Card is { } card)
        {
            ReplaceCard(messageId, card);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await UnsubscribeAsync();
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = ParseOrNull(text);
        if (!response.IsSuccessStatusCode)
        {
            var error = json?["error"] ?? json;
            throw new PlaygroundException(
                response.StatusCode, (string?)error?["code"], (string?)error?["message"] ?? text);
        }

        return json;
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record PlaygroundTenant(string ConversationId, string UserId, string BotId);
}
