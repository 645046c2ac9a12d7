using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>
/// Who sees an area's budget requests (they name initiatives and their plans): the budget roles who work in the area,
/// and the Beheerder. The tab API and the budget page decide with this; it does not depend on which requests there are
/// yet, so an empty list does not open it. The holder and the referrer see their own requests under "my referrals".
/// </summary>
internal static class BudgetRequestAccess
{
    public static bool MaySee(TabUser user, Area area)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(area);
        return user.HasAny(TabRoles.Budget) && (user.Has(AppRole.Administrator) || area.DistrictCodes.Any(user.WorksIn));
    }
}
