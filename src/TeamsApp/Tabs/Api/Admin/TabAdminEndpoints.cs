using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Notifications;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Referrals;
using Wijkverbinder.TeamsApp.Referrals.Contracts;

namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>
/// Setting up an installation, for the Beheerder role only: the municipality's areas, districts and themes, and the
/// colleague directory (who works where, in which role). The first Beheerder signs in before they are in the directory
/// (see <see cref="Identity.TabAuthenticator"/>) and registers themselves and the others here or on the admin page.
/// </summary>
internal static class TabAdminEndpoints
{
    public static void MapTabAdmin(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
            TabApiUser.Get(context.HttpContext).May(Capability.Administer)
                ? await next(context)
                : context.HttpContext.RequestServices.GetRequiredService<ApiProblems>().Forbidden());
        admin.MapPut("/municipality", ImportMunicipality)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxImportBytes));
        admin.MapGet("/colleagues", (INetworkStore network, IColleagueDirectory colleagues, ApiProblems problems, IOptions<WijkverbinderOptions> options, CancellationToken cancellationToken) =>
            ColleagueCommands.List(options.Value.MunicipalityCode, network, colleagues, problems, cancellationToken));
        admin.MapPut("/colleagues/{id}", (string id, ColleagueRequest? request, INetworkStore network, IColleagueDirectory colleagues, ApiProblems problems, IOptions<WijkverbinderOptions> options, CancellationToken cancellationToken) =>
            ColleagueCommands.Save(options.Value.MunicipalityCode, id, request, network, colleagues, problems, cancellationToken))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes));
        admin.MapTabSubjects();
    }

    /// <summary>A large municipality (a few hundred districts) fits easily.</summary>
    public const long MaxImportBytes = 256 * 1024;

    private static async Task<IResult> ImportMunicipality(MunicipalityRequest? request, MunicipalityImporter importer, ApiProblems problems, CancellationToken cancellationToken)
    {
        var result = await importer.ImportAsync(request, cancellationToken);
        return result.IsValid
            ? Results.Ok(new { code = result.Value!.Code, areas = result.Value.Areas.Count, districts = result.Value.Districts.Count, themes = result.Value.Themes.Count })
            : problems.Invalid(result.Errors);
    }
}
