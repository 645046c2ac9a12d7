using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>Which roles open which page; the navigation, the pages and their tests read these.</summary>
public static class TabRoles
{
    /// <summary>Network status: the people who keep and watch a district's network.</summary>
    public static readonly IReadOnlyCollection<AppRole> Status =
        [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam, AppRole.Administrator];

    /// <summary>My referrals: everyone who sends or receives referrals.</summary>
    public static readonly IReadOnlyCollection<AppRole> Referrals =
        [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam, AppRole.Specialist, AppRole.Administrator];

    /// <summary>Meetings: the wijkteam and its wijkmanagers, who plan theme and feedback meetings.</summary>
    public static readonly IReadOnlyCollection<AppRole> Meetings = [AppRole.DistrictManager, AppRole.DistrictTeam];

    /// <summary>Shared resources (the Pipowagen): the wijkteam, its wijkmanagers (who decide) and the beheerder.</summary>
    public static readonly IReadOnlyCollection<AppRole> Resources = [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.Administrator];

    /// <summary>Administration: the beheerder only.</summary>
    public static readonly IReadOnlyCollection<AppRole> Admin = [AppRole.Administrator];
}
