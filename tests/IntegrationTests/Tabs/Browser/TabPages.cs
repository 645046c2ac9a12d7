using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>Every tab page the browser tests visit, with the roles that may open it (from the app's own table).</summary>
public sealed record TabPage(string Name, string Path, IReadOnlyCollection<AppRole> Roles)
{
    public static readonly IReadOnlyList<TabPage> All =
    [
        new("referrals", "/tabs/referrals", TabRoles.Referrals),
        new("meetings", "/tabs/meetings", TabRoles.Meetings),
        new("resources", "/tabs/resources", TabRoles.Resources),
        new("status-configure", "/tabs/status/configure", TabRoles.Status),
        new("programme-configure", "/tabs/programme/configure", TabRoles.Programme),
        new("status", "/tabs/status?scope=" + FirstDistrict, TabRoles.Status),
        new("budget", "/tabs/budget", TabRoles.Budget),
        new("admin", "/tabs/admin", TabRoles.Admin),
    ];

    /// <summary>The first district of the demo municipality's first area (Arnhem's WK020201).</summary>
    public const string FirstDistrict = "WK020201";

    public override string ToString() => Name;
}
