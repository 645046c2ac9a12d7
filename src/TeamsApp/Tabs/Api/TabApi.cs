using Wijkverbinder.Domain.Audit;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Security;
using Wijkverbinder.TeamsApp.Tabs.Api.Admin;
using Wijkverbinder.TeamsApp.Tabs.Bookings;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Programme;

namespace Wijkverbinder.TeamsApp.Tabs.Api;

/// <summary>
/// The tab API: HTTP endpoints for the tab pages' browser code and for other clients, every request signed in with
/// a Teams SSO bearer token (no loopback or Development restriction: the token is the guard).
/// </summary>
public static class TabApi
{
    public const string Prefix = "/api/tab";

    public static RouteGroupBuilder MapTabApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).WithAuditTrail(AuditOrigin.TabApi).AddEndpointFilter<TabUserFilter>().AddEndpointFilter<TabUserRateLimitFilter>();
        api.MapGet("/me", Me);
        api.MapTabReferrals();
        api.MapTabConsent();
        api.MapTabAdmin();
        api.MapTabMeetings();
        api.MapTabBookings();
        api.MapTabAudit();
        api.MapTabProgramme();
        api.MapTabBudget();
        return api;
    }

    private static MeResponse Me(HttpContext context)
    {
        var user = TabApiUser.Get(context);
        return new MeResponse(user.Id.Value, user.Name, [.. user.Roles.Select(AppRoleClaims.ValueOf)], user.Districts);
    }
}
