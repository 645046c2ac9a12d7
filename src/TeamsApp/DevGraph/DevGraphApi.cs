using System.Text.Json;
using Wijkverbinder.TeamsApp.Network;

namespace Wijkverbinder.TeamsApp.DevGraph;

/// <summary>
/// A local stand-in for the two Microsoft Graph calls mail needs, and an outbox page to read what was sent.
/// Development only, loopback only: it has no sign-in and shows mail contents.
/// </summary>
public static class DevGraphApi
{
    public const string BasePath = "/dev/graph/v1.0";

    public static IServiceCollection AddDevGraph(this IServiceCollection services) =>
        services.AddSingleton<DevMailbox>();

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

    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.Ordinal);
}
