using Wijkverbinder.Domain.Audit;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Network;

namespace Wijkverbinder.TeamsApp.Referrals;

/// <summary>The HTTP API for referrals, routing rules and colleagues (docs/api.md).</summary>
public static class ReferralApi
{
    public static WebApplication MapReferralApi(this WebApplication app)
    {
        // NOT FOR PRODUCTION YET, like the network API: no sign-in until Teams SSO ([Tabs]); the actor is a header.
        // Mapped only in Development, and there answering only this machine.
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var api = app.MapGroup("/api")
            .WithAuditTrail(AuditOrigin.Api)
            .AddEndpointFilter<LoopbackOnlyFilter>()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(NetworkApi.MaxRequestBytes));

        api.MapPost("/referrals", ReferralCommands.Create);
        api.MapGet("/referrals", ReferralQueries.ForColleague);
        api.MapGet("/referrals/{id}", ReferralQueries.Get).WithName("GetReferral");
        api.MapPost("/referrals/{id}/{action:regex(^(accept|decline|forward|request-information|provide-information|complete)$)}", ReferralCommands.Act);

        api.MapGet("/municipalities/{code}/routing-rules", RoutingRuleCommands.List);
        api.MapPut("/municipalities/{code}/routing-rules", RoutingRuleCommands.Save);
        api.MapDelete("/municipalities/{code}/routing-rules/{theme}/{scope}", RoutingRuleCommands.Delete);

        api.MapGet("/municipalities/{code}/colleagues", ColleagueCommands.List);
        api.MapGet("/municipalities/{code}/colleagues/{id}", ColleagueCommands.Get);
        api.MapPut("/municipalities/{code}/colleagues/{id}", ColleagueCommands.Save);
        return app;
    }
}
