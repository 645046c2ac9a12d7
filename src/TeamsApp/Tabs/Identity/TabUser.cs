using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// The colleague signed in to a tab: who they are, their app roles (from Entra ID) and the districts they work in
/// (from the colleague directory). Every page and tab API call decides what to show from this and nothing else
/// (need-to-know: a user sees only their own districts; a manager of an area has all its districts).
/// </summary>
public sealed record TabUser(
    ColleagueId Id,
    string Name,
    string Municipality,
    IReadOnlyList<AppRole> Roles,
    IReadOnlyList<string> Districts,
    IReadOnlyList<ColleagueId> Teams)
{
    public bool Has(AppRole role) => Roles.Contains(role);

    public bool HasAny(IEnumerable<AppRole> roles) => roles.Any(Has);

    public bool WorksIn(string district) => Districts.Contains(district, StringComparer.Ordinal);

    /// <summary>An area is visible only to someone who works in all its districts (its wijkmanager, the area's wijkteam).</summary>
    public bool WorksInAll(Area area) => area.DistrictCodes.All(WorksIn);

    public bool ActsFor(ColleagueId colleague) => Id == colleague || Teams.Contains(colleague);
}
