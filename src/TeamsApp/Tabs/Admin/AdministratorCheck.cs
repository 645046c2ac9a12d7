using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Admin;

/// <summary>
/// The admin page signs in once per circuit; every change on it asks the colleague directory again, so a Beheerder role
/// taken away while the page is open stops working at the next click, not at the next page load. The first Beheerder
/// of a new installation, who is in no directory yet, passes as at sign-in (<see cref="TabAuthenticator"/>).
/// </summary>
public sealed class AdministratorCheck(IColleagueDirectory colleagues)
{
    public async Task<bool> StillAdministratorAsync(TabUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var colleague = await colleagues.GetAsync(user.Municipality, user.Id, cancellationToken);
        return colleague is null
            ? user.Has(AppRole.Administrator) && user.Districts.Count == 0
            : RoleRules.Allows(colleague.Roles, Capability.Administer);
    }
}
