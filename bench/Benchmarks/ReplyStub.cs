using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.Benchmarks;

/// <summary>A local stand-in for the Bot Connector that notes when each reply arrives (by the id it replies to).</summary>
internal sealed class ReplyStub : IAsyncDisposable
{
    private WebApplication? app;

    public ConcurrentDictionary<string, long> ArrivedAt { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<ReplyStub> StartAsync()
    {
        var stub = new ReplyStub();
        (stub.app, stub.ServiceUrl) = await LoopbackWebApp.StartAsync(web => web.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (body.RootElement.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id)
            {
                stub.ArrivedAt[id] = Stopwatch.GetTimestamp();
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
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
}
