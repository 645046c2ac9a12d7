using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Connector.Tests.Infrastructure;

/// <summary>
/// A Bot Connector on 127.0.0.1: records every request with its arrival time and answers like the service (201 with
/// an id for a send, a conversation id for a create, 200 for a delete), unless a scripted reply is queued.
/// </summary>
public sealed class StubConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<StubReply> scripted = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock sync = new();

    private StubConnector(WebApplication app) => this.app = app;

    /// <summary>Like a real service URL, with a path ("/teams/") the client must keep.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<StubConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubConnector(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        stub.ServiceUrl = new Uri($"{address}/teams/");
        return stub;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (sync)
            {
                return [.. requests];
            }
        }
    }

    public void Enqueue(params StubReply[] replies)
    {
        foreach (var reply in replies)
        {
            scripted.Enqueue(reply);
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            requests.Clear();
        }
    }

    public async Task WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (Requests.Count < count)
        {
            await Task.Delay(10, cts.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        var arrivedUtc = DateTimeOffset.UtcNow;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        int number;
        lock (sync)
        {
            requests.Add(new RecordedRequest(
                context.Request.Method, rawTarget, context.Request.Headers.Authorization.FirstOrDefault(),
                context.Request.ContentType, body, arrivedAt, arrivedUtc));
            number = requests.Count;
        }

        var reply = scripted.TryDequeue(out var next) ? next : DefaultReply(context.Request.Method, rawTarget, number);
        context.Response.StatusCode = reply.Status;
        context.Response.Headers["X-Correlating-OperationId"] = $"op-{number}";
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }

        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        }
    }

    private static StubReply DefaultReply(string method, string rawTarget, int number) => method switch
    {
        "DELETE" => new StubReply(200),
        "POST" when rawTarget.EndsWith("/v3/conversations", StringComparison.Ordinal) =>
            new StubReply(201, $$"""{"id":"a:created-{{number}}","activityId":"1"}"""),
        "PUT" => new StubReply(200, $$"""{"id":"activity-{{number}}"}"""),
        _ => new StubReply(201, $$"""{"id":"activity-{{number}}"}"""),
    };
}
