using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Programme;

/// <summary>
/// What the programme page and its tab API share: finding the user's area (only of their own municipality) and whether
/// they may change its programme (<see cref="ProgrammeAccess"/>).
/// </summary>
public sealed class ProgrammeTabQueries(INetworkStore network)
{
    /// <summary>The municipality and the area <paramref name="areaId"/>; null when it is not an area of the user's municipality.</summary>
    public async Task<(Municipality Municipality, Area Area)?> FindAsync(TabUser user, AreaId areaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (areaId.Municipality != user.Municipality
            || await network.GetMunicipalityAsync(user.Municipality, cancellationToken) is not { } municipality
            || municipality.FindArea(areaId) is not { } area)
        {
            return null;
        }

        return (municipality, area);
    }

    /// <summary>The areas of the user's municipality, those they work in first.</summary>
    public async Task<IReadOnlyList<Area>> AreasAsync(TabUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        return municipality is null
            ? []
            : [.. municipality.Areas.OrderBy(a => a.DistrictCodes.Any(user.WorksIn) ? 0 : 1)];
    }

    public static bool MayEdit(TabUser user, Area area)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ProgrammeAccess.MayEdit(user.Roles, user.Districts, area);
    }
}
