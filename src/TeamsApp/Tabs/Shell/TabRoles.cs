using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>Which roles open which page (from <see cref="RoleRules"/>); the navigation, the pages and their tests read these.</summary>
public static class TabRoles
{
    /// <summary>Network status: the people who keep and watch a district's network.</summary>
    public static readonly IReadOnlyCollection<AppRole> Status = RoleRules.RolesFor(Capability.ViewNetwork);

    /// <summary>My referrals: everyone who sends or receives referrals.</summary>
    public static readonly IReadOnlyCollection<AppRole> Referrals = RoleRules.RolesFor(Capability.UseApp);

    /// <summary>Meetings: the wijkteam and its wijkmanagers, who plan theme and feedback meetings.</summary>
    public static readonly IReadOnlyCollection<AppRole> Meetings = RoleRules.RolesFor(Capability.PlanMeetings);

    /// <summary>Administration: the beheerder only.</summary>
    public static readonly IReadOnlyCollection<AppRole> Admin = RoleRules.RolesFor(Capability.Administer);
}
