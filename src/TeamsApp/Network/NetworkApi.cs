using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Audit;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>The HTTP API for the neighbourhood network: districts, members and ties.</summary>
public static class NetworkApi
{
    /// <summary>Requests carry one member with at most a few dozen ties; anything bigger is refused unread.</summary>
    public const long MaxRequestBytes = 64 * 1024;

    public static WebApplication MapNetworkApi(this WebApplication app)
    {
        // NOT FOR PRODUCTION YET: this API has no authentication until Teams SSO arrives. It is therefore mapped only
        // in the Development environment, and there it answers only requests from this machine (loopback).
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        var api = app.MapGroup("/api")
            .WithAuditTrail(AuditOrigin.Api)
            .AddEndpointFilter<LoopbackOnlyFilter>()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes));

        api.MapGet("/municipalities", NetworkQueries.ListMunicipalities);
        api.MapGet("/municipalities/{code}", NetworkQueries.GetMunicipality);
        api.MapGet("/municipalities/{code}/districts", NetworkQueries.ListDistricts);
        api.MapGet("/districts/{code}/network", NetworkQueries.GetDistrictNetwork);
        api.MapGet("/areas/{areaId}/network", NetworkQueries.GetAreaNetwork);
        api.MapGet("/areas/{areaId}/members", NetworkQueries.FindMembers);
        api.MapGet("/members/{memberId}", NetworkQueries.GetMember).WithName("GetMember");

        api.MapPost("/initiatives", MemberCommands.Create(MemberKind.Initiative));
        api.MapPost("/partners", MemberCommands.Create(MemberKind.Partner));
        api.MapPost("/people", MemberCommands.Create(MemberKind.Person));
        api.MapPut("/initiatives/{memberId}", MemberCommands.Update(MemberKind.Initiative));
        api.MapPut("/partners/{memberId}", MemberCommands.Update(MemberKind.Partner));
        api.MapPut("/people/{memberId}", MemberCommands.Update(MemberKind.Person));

        api.MapPost("/members/{memberId}/ties", TieCommands.Add);
        api.MapPut("/members/{memberId}/ties/{otherId}/{type}", TieCommands.UpdateDates);
        return app;
    }
}
