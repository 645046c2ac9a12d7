using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;
using Wijkverbinder.TeamsApp.DevGraph;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>
/// A loopback fake of Microsoft Graph that records every request (method, path, query, bearer, body, arrival) and
/// answers from a script: queued statuses for sendMail, a set of sent Internet message ids for Sent Items.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Code)> script = new();
    private WebApplication? app;
    private int inFlight;
    private int maxInFlight;
    private int accepted;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentBag<string> SentMessageIds { get; } = [];

    /// <summary>How long sendMail holds each request (to see concurrency).</summary>
    public TimeSpan Hold { get; set; } = TimeSpan.Zero;

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>How many sendMail requests were answered 202 (mails that went out).</summary>
    public int Accepted => Volatile.Read(ref accepted);

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<FakeGraph> StartAsync()
    {
        var fake = new FakeGraph();
        var (app, baseAddress) = await LoopbackWebApp.StartAsync(a =>
        {
            a.MapPost("/v1.0/users/{mailbox}/sendMail", fake.SendMailAsync);
            a.MapGet("/v1.0/users/{mailbox}/mailFolders/{folder}/messages", fake.SentItemsAsync);
        });
        fake.app = app;
        fake.BaseUrl = baseAddress + "v1.0";
        return fake;
    }

    /// <summary>The next sendMail answers <paramref name="status"/> (then 202 once the script is empty).</summary>
    public void Then(int status, string? retryAfter = null, string? code = null) => script.Enqueue((status, retryAfter, code));

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task SendMailAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        var seen = Volatile.Read(ref maxInFlight);
        while (now > seen && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
            seen = Volatile.Read(ref maxInFlight);
        }

        try
        {
            await RecordAsync(context);
            if (Hold > TimeSpan.Zero)
            {
                await Task.Delay(Hold);
            }

            var (status, retryAfter, code) = script.TryDequeue(out var next) ? next : (202, null, null);
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status202Accepted)
            {
                Interlocked.Increment(ref accepted);
            }

            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            if (status >= 400)
            {
                await context.Response.WriteAsJsonAsync(new { error = new { code = code ?? "ErrorServerBusy", message = "scripted" } });
            }
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task SentItemsAsync(HttpContext context)
    {
        await RecordAsync(context);
        var found = SentItemsFilter.TryParse(context.Request.Query["$filter"], out var id) && SentMessageIds.Contains(id);
        await context.Response.WriteAsJsonAsync(new { value = found ? new[] { new { id = "AAMk1" } } : [] });
    }

    private async Task RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers["Retry-Attempt"].ToString(),
            await reader.ReadToEndAsync(),
            Stopwatch.GetTimestamp()));
    }
}
