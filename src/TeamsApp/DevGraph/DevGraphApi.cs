using System.Text.Json;
using Wijkverbinder.TeamsApp.Network;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>
/// A local stand-in for the Microsoft Graph calls mail and meetings need (send mail, Sent Items; create, update and
/// cancel calendar events), with an outbox page and a calendar page to read what was sent and planned.
/// Development only, loopback only: it has no sign-in and shows mail contents.
/// </summary>
public static class DevGraphApi
{
    public const string BasePath = "/dev/graph/v1.0";

    public static IServiceCollection AddDevGraph(this IServiceCollection services) =>
        services.AddSingleton<DevMailbox>().AddSingleton<DevCalendar>();

    public static WebApplication MapDevGraph(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var dev = app.MapGroup("/dev").AddEndpointFilter<LoopbackOnlyFilter>().ExcludeFromDescription();
        dev.MapPost("/graph/v1.0/users/{mailbox}/sendMail", SendMail);
        dev.MapGet("/graph/v1.0/users/{mailbox}/mailFolders/{folder}/messages", SentItems);
        dev.MapGet("/outbox", DevOutboxPage.Render);
        dev.MapGet("/outbox.json", (DevMailbox mailbox) => Results.Ok(mailbox.Newest()));
        dev.MapPost("/graph/v1.0/users/{mailbox}/events", CreateEvent);
        dev.MapPatch("/graph/v1.0/users/{mailbox}/events/{id}", UpdateEvent);
        dev.MapPost("/graph/v1.0/users/{mailbox}/events/{id}/cancel", CancelEvent);
        dev.MapGet("/calendar", DevCalendarPage.Render);
        dev.MapGet("/calendar.json", (DevCalendar calendar) => Results.Ok(calendar.Newest()));
        return app;
    }

    private static async Task<IResult> SendMail(string mailbox, HttpRequest request, DevMailbox mails, TimeProvider clock)
    {
        if (!HasBearer(request))
        {
            return GraphError.Result(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
        }

        JsonElement body;
        try
        {
            body = (await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted)).RootElement;
        }
        catch (JsonException)
        {
            return GraphError.Result(StatusCodes.Status400BadRequest, "RequestBodyRead", "The request body is not valid JSON.");
        }

        var (mail, code, error) = SendMailReader.Read(body, mailbox, clock.GetUtcNow());
        if (mail is null)
        {
            return GraphError.Result(StatusCodes.Status400BadRequest, code!, error!);
        }

        mails.Add(mail);
        return Results.Accepted();
    }

    private static IResult SentItems(string mailbox, string folder, HttpRequest request, DevMailbox mails)
    {
        if (!HasBearer(request))
        {
            return GraphError.Result(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");
        }

        if (!string.Equals(folder, "sentitems", StringComparison.OrdinalIgnoreCase))
        {
            return GraphError.Result(StatusCodes.Status404NotFound, "ErrorFolderNotFound", "The stand-in only has Sent Items.");
        }

        if (!SentItemsFilter.TryParse(request.Query["$filter"], out var internetMessageId))
        {
            return GraphError.Result(StatusCodes.Status400BadRequest, "BadRequest", "Only $filter=internetMessageId eq '…' is supported.");
        }

        var found = mails.SentItems(mailbox, internetMessageId).Select(m => new { id = m.Id });
        return Results.Json(new Dictionary<string, object>
        {
            ["@odata.context"] = $"{BasePath}/$metadata#users('{mailbox}')/mailFolders('sentitems')/messages(id)",
            ["value"] = found.ToList(),
        });
    }

    private static async Task<IResult> CreateEvent(string mailbox, HttpRequest request, DevCalendar calendar, TimeProvider clock)
    {
        if (await ReadAsync(request) is not { } body)
        {
            return BadBody(request);
        }

        return Results.Json(DevEventJson.Of(calendar.Create(mailbox, body, clock.GetUtcNow())), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateEvent(string mailbox, string id, HttpRequest request, DevCalendar calendar)
    {
        if (await ReadAsync(request) is not { } body)
        {
            return BadBody(request);
        }

        return calendar.Update(mailbox, id, body) is { } updated
            ? Results.Json(DevEventJson.Of(updated))
            : GraphError.Result(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
    }

    private static async Task<IResult> CancelEvent(string mailbox, string id, HttpRequest request, DevCalendar calendar)
    {
        if (await ReadAsync(request) is not { } body)
        {
            return BadBody(request);
        }

        var comment = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("Comment", out var c) ? c.GetString()
            : body.ValueKind == JsonValueKind.Object && body.TryGetProperty("comment", out var lower) ? lower.GetString() : null;
        return calendar.Cancel(mailbox, id, comment)
            ? Results.Accepted()
            : GraphError.Result(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
    }

    /// <summary>The JSON body of an authenticated request; null when the bearer or the JSON is missing.</summary>
    private static async Task<JsonElement?> ReadAsync(HttpRequest request)
    {
        if (!HasBearer(request))
        {
            return null;
        }

        try
        {
            return (await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted)).RootElement;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadBody(HttpRequest request) => HasBearer(request)
        ? GraphError.Result(StatusCodes.Status400BadRequest, "RequestBodyRead", "The request body is not valid JSON.")
        : GraphError.Result(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", "Access token is empty.");

    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.Ordinal);
}
