using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>
/// Who sees an area's budget requests (they name initiatives and their plans): the Beheerder, or someone who works in
/// the district of every request or is its holder or referrer. The tab API and the budget page decide with this.
/// </summary>
internal static class BudgetRequestAccess
{
    public static bool MaySee(TabUser user, IReadOnlyList<Referral> requests) =>
        user.Has(AppRole.Administrator) || requests.All(r => user.WorksIn(r.District) || user.ActsFor(r.Receiver) || user.ActsFor(r.Referrer));
}
