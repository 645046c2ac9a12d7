using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.IntegrationTests.Dispatch;

/// <summary>
/// A loopback stand-in for the Bot Connector for the dispatch tests: records every POST of an activity (attempts
/// included) and answers from a script (status, error code, Retry-After), then 201 with an activity id; blocked
/// conversations answer 403 MessageWritesBlocked.
/// </summary>
internal sealed class DispatchConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Code, string? RetryAfter)> script = new();
    private WebApplication? app;
    private int delivered;

    /// <summary>Every request, in arrival order: conversation, activity, and the status it was answered with.</summary>
    public ConcurrentQueue<(string ConversationId, JsonObject Activity, int Status)> Requests { get; } = new();

    /// <summary>When each request arrived, on <see cref="Clock"/> (the app's clock), in arrival order.</summary>
    public ConcurrentQueue<DateTimeOffset> Arrivals { get; } = new();

    /// <summary>Every card replaced in place (PUT), in arrival order.</summary>
    public ConcurrentQueue<(string ConversationId, string ActivityId, JsonObject Activity)> Updates { get; } = new();

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public ConcurrentDictionary<string, bool> Blocked { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>The activities that were accepted (201), per conversation.</summary>
    public IReadOnlyList<JsonObject> Delivered(string conversationId) =>
        Requests.Where(r => r.ConversationId == conversationId && r.Status == StatusCodes.Status201Created).Select(r => r.Activity).ToList();

    public IReadOnlyList<(string ConversationId, JsonObject Activity)> AllDelivered =>
        Requests.Where(r => r.Status == StatusCodes.Status201Created).Select(r => (r.ConversationId, r.Activity)).ToList();

    public static async Task<DispatchConnector> StartAsync()
    {
        var stub = new DispatchConnector();
        (stub.app, stub.ServiceUrl) = await LoopbackWebApp.StartAsync(web =>
        {
            web.MapPost("/v3/conversations/{conversationId}/activities", stub.ReceiveAsync);
            web.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (string conversationId, string activityId, HttpContext context) =>
            {
                stub.Updates.Enqueue((conversationId, activityId, (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!));
                return Results.Json(new { id = activityId });
            });
        });
        return stub;
    }

    /// <summary>The next request answers <paramref name="status"/> (201 once the script is empty).</summary>
    public void Then(int status, string code, string? retryAfter = null) => script.Enqueue((status, code, retryAfter));

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(string conversationId, HttpContext context)
    {
        Arrivals.Enqueue(Clock.GetUtcNow());
        var activity = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        if (Blocked.ContainsKey(conversationId))
        {
            Requests.Enqueue((conversationId, activity, StatusCodes.Status403Forbidden));
            return Results.Json(new { error = new { code = "MessageWritesBlocked", message = "Thread is blocked." } }, statusCode: 403);
        }

        if (script.TryDequeue(out var next))
        {
            Requests.Enqueue((conversationId, activity, next.Status));
            if (next.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = next.RetryAfter;
            }

            return Results.Json(new { error = new { code = next.Code, message = "scripted" } }, statusCode: next.Status);
        }

        Requests.Enqueue((conversationId, activity, StatusCodes.Status201Created));
        return Results.Json(new { id = $"activity-{Interlocked.Increment(ref delivered)}" }, statusCode: StatusCodes.Status201Created);
    }
}
