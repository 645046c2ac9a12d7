using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// A local Bot Connector that enforces Teams' limits as Teams does: more than 50 requests in any second for the app,
/// or more than 7 in a second for one conversation, is answered 429 with Retry-After. It counts what it accepted.
/// </summary>
internal sealed class TeamsLimitedConnector : IAsyncDisposable
{
    private readonly object gate = new();
    private readonly Queue<long> appWindow = new();
    private readonly Dictionary<string, Queue<long>> conversationWindows = [];
    private WebApplication? app;

    public ConcurrentQueue<long> AcceptedAt { get; } = new();

    public int Refused => refused;

    public string ServiceUrl { get; private set; } = string.Empty;

    private int refused;

    public static async Task<TeamsLimitedConnector> StartAsync()
    {
        var stub = new TeamsLimitedConnector();
        (stub.app, stub.ServiceUrl) = await LoopbackWebApp.StartAsync(web => web.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId) =>
        {
            if (!stub.Admit(conversationId))
            {
                Interlocked.Increment(ref stub.refused);
                return Results.Json(new { error = new { code = "ThrottledRequest", message = "Too many requests" } }, statusCode: 429, contentType: null)
                    .WithRetryAfter();
            }

            stub.AcceptedAt.Enqueue(Stopwatch.GetTimestamp());
            return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
        }));
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private bool Admit(string conversationId)
    {
        var now = Stopwatch.GetTimestamp();
        var second = Stopwatch.Frequency;
        lock (gate)
        {
            if (!conversationWindows.TryGetValue(conversationId, out var conversation))
            {
                conversationWindows[conversationId] = conversation = new Queue<long>();
            }

            Trim(appWindow, now - second);
            Trim(conversation, now - second);
            if (appWindow.Count >= 50 || conversation.Count >= 7)
            {
                return false;
            }

            appWindow.Enqueue(now);
            conversation.Enqueue(now);
            return true;
        }
    }

    private static void Trim(Queue<long> window, long since)
    {
        while (window.Count > 0 && window.Peek() <= since)
        {
            window.Dequeue();
        }
    }
}
