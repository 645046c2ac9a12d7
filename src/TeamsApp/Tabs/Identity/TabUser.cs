using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// The colleague signed in to a tab, or pressing a bot button: who they are, their roles and the districts they work
/// in, all from the colleague directory (docs/security.md, "One source of roles"). Every page, tab API call and bot
/// action decides what to show from this and nothing else (need-to-know: a user sees only their own districts; a
/// manager of an area has all its districts).
/// </summary>
public sealed record TabUser(
    ColleagueId Id,
    string Name,
    string Municipality,
    IReadOnlyList<AppRole> Roles,
    IReadOnlyList<string> Districts,
    IReadOnlyList<ColleagueId> Teams)
{
    /// <summary>The colleague as the directory has them: the one way tab and bot turn a colleague into a user.</summary>
    public static TabUser Of(Colleague colleague, string municipality)
    {
        ArgumentNullException.ThrowIfNull(colleague);
        return new(colleague.Id, colleague.Name, municipality, colleague.Roles, colleague.Districts, colleague.Teams);
    }

    public bool Has(AppRole role) => Roles.Contains(role);

    public bool May(Capability capability) => RoleRules.Allows(Roles, capability);

    public bool HasAny(IEnumerable<AppRole> roles) => roles.Any(Has);

    public bool WorksIn(string district) => Districts.Contains(district, StringComparer.Ordinal);

    /// <summary>An area is visible only to someone who works in all its districts (its wijkmanager, the area's wijkteam).</summary>
    public bool WorksInAll(Area area) => area.DistrictCodes.All(WorksIn);

    public bool ActsFor(ColleagueId colleague) => Id == colleague || Teams.Contains(colleague);
}
