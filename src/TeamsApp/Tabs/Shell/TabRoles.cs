using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>Which roles open which page (from <see cref="RoleRules"/>); the navigation, the pages and their tests read these.</summary>
public static class TabRoles
{
    /// <summary>Network status: the people who keep and watch a district's network.</summary>
    public static readonly IReadOnlyCollection<AppRole> Status = RoleRules.RolesFor(Capability.ViewNetwork);

    /// <summary>My referrals: everyone who sends or receives referrals.</summary>
    public static readonly IReadOnlyCollection<AppRole> Referrals = RoleRules.RolesFor(Capability.UseApp);

    /// <summary>
    /// Meetings: the wijkteam and its wijkmanagers, and specialists, who see only the meetings they are invited to or
    /// own an action of (MeetingAccess), to answer and to mark their action done.
    /// </summary>
    public static readonly IReadOnlyCollection<AppRole> Meetings = [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.Specialist];

    /// <summary>Planning a meeting on the meetings page: the wijkteam and its wijkmanagers.</summary>
    public static readonly IReadOnlyCollection<AppRole> PlanMeetings = RoleRules.RolesFor(Capability.PlanMeetings);

    /// <summary>Wijkprogramma: everyone of the municipality with a role reads it (it is meant to be shared).</summary>
    public static readonly IReadOnlyCollection<AppRole> Programme =
        [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam, AppRole.Specialist, AppRole.Administrator];

    /// <summary>Aanjaagbudget: everyone who keeps a district's network, and the beheerder.</summary>
    public static readonly IReadOnlyCollection<AppRole> Budget =
        [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam, AppRole.Administrator];

    /// <summary>Shared resources (the Pipowagen): the wijkteam, its wijkmanagers (who decide) and the beheerder.</summary>
    public static readonly IReadOnlyCollection<AppRole> Resources = [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.Administrator];

    /// <summary>Requesting a booking: the wijkteam and wijkmanagers, for their own districts (BookingService.MayRequest).</summary>
    public static readonly IReadOnlyCollection<AppRole> RequestBookings = RoleRules.RolesFor(Capability.BookResources);

    /// <summary>Administration: the beheerder only.</summary>
    public static readonly IReadOnlyCollection<AppRole> Admin = RoleRules.RolesFor(Capability.Administer);
}
