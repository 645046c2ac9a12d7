using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Network;

/// <summary>Read handlers of the network API.</summary>
internal static class NetworkQueries
{
    public static async Task<IResult> ListMunicipalities(INetworkStore store, CancellationToken cancellationToken) =>
        Results.Ok(await store.ListMunicipalitiesAsync(cancellationToken));

    public static async Task<IResult> GetMunicipality(string code, INetworkStore store, ApiProblems problems, CancellationToken cancellationToken) =>
        await store.GetMunicipalityAsync(code, cancellationToken) is { } municipality
            ? Results.Ok(NetworkResponses.Municipality(municipality))
            : problems.NotFound();

    public static async Task<IResult> ListDistricts(string code, INetworkStore store, ApiProblems problems, CancellationToken cancellationToken) =>
        await store.GetMunicipalityAsync(code, cancellationToken) is { } municipality
            ? Results.Ok(municipality.Districts.Select(d => NetworkResponses.District(municipality, d)))
            : problems.NotFound();

    public static async Task<IResult> GetDistrictNetwork(string code, INetworkStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!DistrictCode.IsValid(code))
        {
            return problems.Invalid([new ValidationError("code", ValidationCodes.InvalidFormat)]);
        }

        var municipality = await store.GetMunicipalityAsync(DistrictCode.MunicipalityOf(code), cancellationToken);
        if (municipality?.FindDistrict(code) is not { } district)
        {
            return problems.NotFound();
        }

        var view = await store.GetDistrictNetworkAsync(district, cancellationToken);
        return Results.Ok(NetworkResponses.Network("district", district.Code, district.Name, view));
    }

    public static async Task<IResult> GetAreaNetwork(string areaId, INetworkStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(areaId, out var id))
        {
            return problems.Invalid([new ValidationError("areaId", ValidationCodes.InvalidFormat)]);
        }

        var municipality = await store.GetMunicipalityAsync(id.Municipality, cancellationToken);
        if (municipality?.FindArea(id) is not { } area)
        {
            return problems.NotFound();
        }

        var view = await store.GetAreaNetworkAsync(id, cancellationToken);
        return Results.Ok(NetworkResponses.Network("area", area.Id.ToString(), area.Name, view));
    }

    public static async Task<IResult> FindMembers(string areaId, string? name, INetworkStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!AreaId.TryParse(areaId, out var id))
        {
            return problems.Invalid([new ValidationError("areaId", ValidationCodes.InvalidFormat)]);
        }

        if (name?.Length > NetworkLimits.NameLength)
        {
            return problems.Invalid([new ValidationError("name", ValidationCodes.TooLong, NetworkLimits.NameLength)]);
        }

        var found = await store.FindMembersByNameAsync(id, name ?? string.Empty, NetworkLimits.SearchResults, cancellationToken);
        return Results.Ok(found.Select(m => NetworkResponses.Member(m)));
    }

    public static async Task<IResult> GetMember(string memberId, HttpContext context, INetworkStore store, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!MemberId.TryParse(memberId, out var id))
        {
            return problems.Invalid([new ValidationError("memberId", ValidationCodes.InvalidFormat)]);
        }

        if (await store.GetMemberAsync(id, cancellationToken) is not { } found)
        {
            return problems.NotFound();
        }

        context.Response.Headers.ETag = found.Member.Version;
        return Results.Ok(NetworkResponses.Member(found.Member, found.Ties));
    }
}
