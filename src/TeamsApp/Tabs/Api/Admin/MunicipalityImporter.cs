using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;

namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>
/// Loads a municipality's reference data from a <see cref="MunicipalityRequest"/> (the tab API and the admin page use
/// the same): reads it into a <see cref="Municipality"/>, checks it with <see cref="MunicipalityImport"/> against what is
/// stored, and saves it. Nothing is stored when anything is refused.
/// </summary>
public sealed class MunicipalityImporter(INetworkStore network, IOptions<WijkverbinderOptions> options)
{
    public async Task<Result<Municipality>> ImportAsync(MunicipalityRequest? request, CancellationToken cancellationToken)
    {
        if (request?.Municipality is null)
        {
            return Result<Municipality>.Refused([new("municipality", ValidationCodes.Required)]);
        }

        var code = request.Municipality.Code?.Trim() ?? string.Empty;
        var proposed = Read(code, request);
        var existing = await network.GetMunicipalityAsync(options.Value.MunicipalityCode, cancellationToken);
        var result = MunicipalityImport.Apply(proposed, existing, options.Value.MunicipalityCode);
        if (result.IsValid)
        {
            await network.SaveMunicipalityAsync(result.Value!, cancellationToken);
        }

        return result;
    }

    private static Municipality Read(string code, MunicipalityRequest request)
    {
        // A null in a list ("areas":[null]) reads as an empty entry, which the import refuses by its missing fields.
        var areas = (request.Areas ?? [])
            .Select(a => new Area(new AreaId(code, a?.Key?.Trim() ?? string.Empty), a?.Name?.Trim() ?? string.Empty, [.. (a?.Districts ?? []).Select(d => d?.Trim() ?? string.Empty)]))
            .ToList();
        var districts = (request.Districts ?? [])
            .Select(d =>
            {
                var districtCode = d?.Code?.Trim() ?? string.Empty;
                var area = areas.FirstOrDefault(a => a.DistrictCodes.Contains(districtCode))?.Id ?? new AreaId(code, string.Empty);
                return new District(districtCode, d?.Name?.Trim() ?? string.Empty, area, d?.Inferred ?? false);
            })
            .ToList();
        var themes = (request.Themes ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(Theme.Named).ToList();
        return new Municipality(code, request.Municipality!.Name?.Trim() ?? string.Empty, areas, districts, themes);
    }
}
