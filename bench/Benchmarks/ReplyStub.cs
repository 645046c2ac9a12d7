using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;

namespace Wijkverbinder.Benchmarks;

/// <summary>
/// A local stand-in for the Bot Connector that notes when each reply arrives: by the id it replies to, and by its
/// conversation (the Teams SDK's reply quotes the message instead of setting replyToId). Both the plain send path and
/// the reply path (.../activities/{activityId}, which the Bot Framework SDK uses) are served.
/// </summary>
internal sealed class ReplyStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> waiters = new();
    private WebApplication? app;
    private long bytes;
    private long replies;

    public ConcurrentDictionary<string, long> ArrivedAt { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Mean size of a reply's body so far (bytes).</summary>
    public double MeanReplyBytes => Interlocked.Read(ref replies) == 0 ? 0 : Interlocked.Read(ref bytes) / (double)Interlocked.Read(ref replies);

    public static async Task<ReplyStub> StartAsync()
    {
        var stub = new ReplyStub();
        (stub.app, stub.ServiceUrl) = await LoopbackWebApp.StartAsync(web =>
            web.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", (string conversationId, HttpRequest request) => stub.ReceiveAsync(conversationId, request)));
        return stub;
    }

    /// <summary>A task that completes with the arrival timestamp of the first reply in the conversation.</summary>
    public Task<long> ReplyIn(string conversationId) =>
        waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        var now = Stopwatch.GetTimestamp();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        Interlocked.Add(ref bytes, buffer.Length);
        Interlocked.Increment(ref replies);
        using var body = JsonDocument.Parse(buffer.ToArray());
        if (body.RootElement.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id)
        {
            ArrivedAt[id] = now;
        }

        waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(now);
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}
