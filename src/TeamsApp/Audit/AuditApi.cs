using System.Globalization;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Api;

namespace Wijkverbinder.TeamsApp.Audit;

/// <summary>
/// <c>GET /api/tab/audit?date=&amp;actor=&amp;objectId=&amp;action=</c>: the beheerder searches a day of the audit log
/// and sees its integrity. Anyone else gets 403, which the group's audit filter records as Denied.
/// </summary>
internal static class AuditApi
{
    public static void MapTabAudit(this RouteGroupBuilder api) => api.MapGet("/audit", SearchAsync);

    private static async Task<IResult> SearchAsync(
        string? date,
        string? actor,
        string? objectId,
        string? action,
        HttpContext context,
        AuditSearch search,
        TimeProvider clock,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        if (!user.May(Capability.Administer))
        {
            return problems.Forbidden();
        }

        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrEmpty(date) && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return problems.Invalid([new ValidationError("date", ValidationCodes.InvalidFormat)]);
        }

        var result = await search.SearchAsync(user.Municipality, new AuditQuery(day, actor, objectId, action), cancellationToken);
        return Results.Ok(AuditResponses.Search(day, result));
    }
}
