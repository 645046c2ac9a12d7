using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Wijkverbinder.Benchmarks;

/// <summary>A local stand-in for the Bot Connector that notes when each reply arrives (by the id it replies to).</summary>
internal sealed class ReplyStub : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReplyStub(WebApplication app) => this.app = app;

    public ConcurrentDictionary<string, long> ArrivedAt { get; } = new();

    public string ServiceUrl { get; private set; } = string.Empty;


    public static async Task<ReplyStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new ReplyStub(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (body.RootElement.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id)
            {
                stub.ArrivedAt[id] = Stopwatch.GetTimestamp();
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        stub.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
