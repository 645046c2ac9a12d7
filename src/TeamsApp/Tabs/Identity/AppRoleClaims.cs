using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.TeamsApp.Tabs.Identity;

/// <summary>
/// The values of the Entra app registration's app roles (the token's <c>roles</c> claim) and the roles they stand
/// for. The values are Dutch because municipal administrators assign them in the Entra admin centre.
/// </summary>
public static class AppRoleClaims
{
    private static readonly Dictionary<string, AppRole> ByValue = new(StringComparer.Ordinal)
    {
        ["Wijkmanager"] = AppRole.DistrictManager,
        ["Wijkteam"] = AppRole.DistrictTeam,
        ["SociaalWijkteam"] = AppRole.SocialDistrictTeam,
        ["Specialist"] = AppRole.Specialist,
        ["Beheerder"] = AppRole.Administrator,
    };

    public static IReadOnlyCollection<string> Values => ByValue.Keys;

    public static IReadOnlyList<AppRole> RolesOf(IEnumerable<string> claimValues) =>
        claimValues.Where(ByValue.ContainsKey).Select(value => ByValue[value]).Distinct().Order().ToList();

    public static string ValueOf(AppRole role) => ByValue.First(pair => pair.Value == role).Key;
}
