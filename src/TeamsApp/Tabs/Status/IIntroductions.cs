using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Status;

/// <summary>Sends the introduction card of a suggested connection for the signed-in user.</summary>
public interface IIntroductions
{
    Task<IntroductionOutcome> IntroduceAsync(TabUser user, DashboardSnapshot snapshot, SuggestedConnection suggestion, CancellationToken cancellationToken);
}
