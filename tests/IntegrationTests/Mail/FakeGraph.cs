using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Wijkverbinder.DevTools;
using Wijkverbinder.TeamsApp.DevGraph;

namespace Wijkverbinder.IntegrationTests.Mail;

/// <summary>
/// A loopback fake of Microsoft Graph that records every request (method, path, query, bearer, body, arrival) and
/// answers from a script: queued statuses for sendMail, a set of sent Internet message ids for Sent Items; calendar
/// events are kept by the local stand-in's <see cref="DevCalendar"/> (a repeated transactionId returns the first event).
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

    public DevCalendar Calendar { get; } = new();

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
            a.MapPost("/v1.0/users/{mailbox}/events", fake.CreateEventAsync);
            a.MapPatch("/v1.0/users/{mailbox}/events/{id}", fake.UpdateEventAsync);
            a.MapPost("/v1.0/users/{mailbox}/events/{id}/cancel", fake.CancelEventAsync);
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

    private async Task CreateEventAsync(HttpContext context, string mailbox)
    {
        var body = await RecordAsync(context);
        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsJsonAsync(DevEventJson.Of(Calendar.Create(mailbox, JsonDocument.Parse(body).RootElement, DateTimeOffset.UtcNow)));
    }

    private async Task UpdateEventAsync(HttpContext context, string mailbox, string id)
    {
        var body = await RecordAsync(context);
        if (Calendar.Update(mailbox, id, JsonDocument.Parse(body).RootElement) is { } updated)
        {
            await context.Response.WriteAsJsonAsync(DevEventJson.Of(updated));
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await context.Response.WriteAsJsonAsync(new { error = new { code = "ErrorItemNotFound", message = "not found" } });
    }

    private async Task CancelEventAsync(HttpContext context, string mailbox, string id)
    {
        var body = await RecordAsync(context);
        var json = JsonDocument.Parse(body).RootElement;
        var comment = json.TryGetProperty("Comment", out var upper) ? upper.GetString() : json.TryGetProperty("comment", out var lower) ? lower.GetString() : null;
        var found = Calendar.Cancel(mailbox, id, comment);
        context.Response.StatusCode = found ? StatusCodes.Status202Accepted : StatusCodes.Status404NotFound;
        if (!found)
        {
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ErrorItemNotFound", message = "not found" } });
        }
    }

    private async Task<string> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers["Retry-Attempt"].ToString(),
            body,
            Stopwatch.GetTimestamp()));
        return body;
    }
}
