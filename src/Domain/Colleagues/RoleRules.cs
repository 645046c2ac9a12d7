namespace Wijkverbinder.Domain.Colleagues;

/// <summary>
/// Which roles give which capability: the one table the tab pages, the tab API and the bot decide with. The roles are
/// the colleague directory's (docs/security.md, "One source of roles"); who is involved in a referral or a meeting is
/// decided by the domain on top of this.
/// </summary>
public static class RoleRules
{
    private static readonly AppRole[] Everyone =
        [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam, AppRole.Specialist, AppRole.Administrator];

    private static readonly Dictionary<Capability, AppRole[]> Table = new()
    {
        [Capability.UseApp] = Everyone,
        [Capability.ManageOwnConsent] = Everyone,
        [Capability.ViewNetwork] = [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam, AppRole.Administrator],
        [Capability.RegisterInitiative] = [AppRole.DistrictManager, AppRole.DistrictTeam],
        [Capability.Refer] = [AppRole.DistrictManager, AppRole.DistrictTeam, AppRole.SocialDistrictTeam],
        [Capability.PlanMeetings] = [AppRole.DistrictManager, AppRole.DistrictTeam],
        [Capability.EditProgramme] = [AppRole.DistrictManager, AppRole.DistrictTeam],
        [Capability.BookResources] = [AppRole.DistrictManager, AppRole.DistrictTeam],
        [Capability.Administer] = [AppRole.Administrator],
    };

    public static IReadOnlyCollection<AppRole> RolesFor(Capability capability) => Table[capability];

    /// <summary>Whether these roles give the capability; one's own consent needs no role at all.</summary>
    public static bool Allows(IEnumerable<AppRole> roles, Capability capability) =>
        capability is Capability.ManageOwnConsent || roles.Any(Table[capability].Contains);
}
