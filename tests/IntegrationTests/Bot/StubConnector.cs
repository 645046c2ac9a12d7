using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.IntegrationTests.Bot;

/// <summary>
/// Stands in for the Bot Connector service (which cannot run here): a real HTTP server on loopback that accepts
/// POST /v3/conversations/{conversationId}/activities as the REST API does and records each request.
/// </summary>
public sealed class StubConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string ConversationId, JsonObject Activity)> received = new();
    private WebApplication? app;

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Conversations whose user blocked the bot: Teams answers 403 MessageWritesBlocked.</summary>
    public ConcurrentDictionary<string, int> Blocked { get; } = new();

    public static async Task<StubConnector> StartAsync()
    {
        var stub = new StubConnector();
        (stub.app, stub.ServiceUrl) = await LoopbackWebApp.StartAsync(web => web.MapPost("/v3/conversations/{conversationId}/activities", async (string conversationId, HttpRequest request) =>
        {
            if (stub.Blocked.ContainsKey(conversationId))
            {
                stub.Blocked[conversationId]++;
                return Results.Json(new { error = new { code = "MessageWritesBlocked", message = "Thread is blocked." } }, statusCode: 403);
            }

            var activity = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
            stub.received.Enqueue((conversationId, activity));
            return Results.Json(new { id = $"activity-{stub.received.Count}" });
        }));
        return stub;
    }

    /// <summary>Waits until an activity has arrived in <paramref name="conversationId"/> that matches, and returns it.</summary>
    public async Task<JsonObject> WaitForAsync(string conversationId, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        // Ends as soon as the activity is there; the limit only ends a wait that never would (CI shares two cores).
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(1));
        while (true)
        {
            var found = received.Where(r => r.ConversationId == conversationId && match(r.Activity)).Select(r => r.Activity).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(25, cancel.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
