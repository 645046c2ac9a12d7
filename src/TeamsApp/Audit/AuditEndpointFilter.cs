using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Network.Contracts;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Referrals.Contracts;
using Wijkverbinder.TeamsApp.Tabs.Api;

namespace Wijkverbinder.TeamsApp.Audit;

/// <summary>
/// Records every call of an API group in the audit log, after it ran: action and object from the route, the actor
/// (the signed-in user, or the development API's actor header), and the result: 2xx/3xx Allowed, 401 and 403 (or a
/// handler's <see cref="AuditNote.Deny"/>) Denied, any other answer or an exception Failed. It sits before the
/// group's sign-in and guards, so their refusals are recorded too.
/// </summary>
internal sealed partial class AuditEndpointFilter(AuditOrigin origin) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var note = AuditNote.Begin();
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordAsync(http, note, AuditResult.Failed, null);
            throw;
        }

        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
        var outcome = note.Denied || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
            ? AuditResult.Denied
            : status < 400 ? AuditResult.Allowed : AuditResult.Failed;
        await RecordAsync(http, note, outcome, result);
        return result;
    }

    private async Task RecordAsync(HttpContext http, AuditNote note, AuditResult outcome, object? result)
    {
        var (action, objectType, objectId) = AuditedRoute.Of(http);
        if (note.ObjectType is not null)
        {
            (objectType, objectId) = (note.ObjectType, note.ObjectId);
        }
        else if (objectId is null && result is IValueHttpResult { Value: { } value } && CreatedId(value) is { } created)
        {
            objectId = created;
        }

        var services = http.RequestServices;
        var municipality = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Notifications.WijkverbinderOptions>>().Value.MunicipalityCode;
        var entry = new AuditEntry(municipality, action, objectType, objectId, outcome, origin, ActorOf(http));
        try
        {
            await services.GetRequiredService<IAuditLog>().AppendAsync(entry, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The answer stands (the action happened or was refused already); the missing record shows as this error.
            LogNotRecorded(services.GetRequiredService<ILogger<AuditEndpointFilter>>(), action, e.GetType().Name);
        }
    }

    private static string? CreatedId(object value) => value switch
    {
        ReferralResponse referral => referral.Id,
        MemberResponse member => member.Id,
        _ => null,
    };

    private static string? ActorOf(HttpContext http)
    {
        if (TabApiUser.Find(http) is { } user)
        {
            return user.Id.Value;
        }

        return ColleagueId.TryParse(http.Request.Headers[ActorHeader.Name].ToString(), out var id) ? id.Value : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit record of {Action} not written ({Error}).")]
    private static partial void LogNotRecorded(ILogger logger, string action, string error);
}
