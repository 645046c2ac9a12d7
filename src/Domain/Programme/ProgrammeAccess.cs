using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// Who may change an area's wijkprogramma and mark its successes: its wijkteam and wijkmanagers, that is a colleague
/// with the Wijkteam or Wijkmanager role who works in at least one of the area's districts. Everyone of the
/// municipality with a role may read it: the programme is meant to be shared.
/// </summary>
public static class ProgrammeAccess
{
    public static bool MayEdit(IReadOnlyCollection<AppRole> roles, IReadOnlyCollection<string> districts, Area area)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(area);
        return RoleRules.Allows(roles, Capability.EditProgramme) && area.DistrictCodes.Any(districts.Contains);
    }
}
