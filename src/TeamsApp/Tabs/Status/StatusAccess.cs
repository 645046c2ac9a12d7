using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>
/// Need-to-know for the network status: a district only to someone who works in it, an area only to someone who works
/// in all its districts, and never another municipality's.
/// </summary>
public static class StatusAccess
{
    public static bool MaySee(TabUser user, DashboardScope scope, Municipality? municipality)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (scope.Municipality != user.Municipality)
        {
            return false;
        }

        if (scope.District is { } district)
        {
            return user.WorksIn(district);
        }

        return municipality?.FindArea(scope.Area!.Value) is { } area && user.WorksInAll(area);
    }
}
