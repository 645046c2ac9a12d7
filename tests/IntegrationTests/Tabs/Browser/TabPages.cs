using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.IntegrationTests.Tabs.Browser;

/// <summary>Every tab page the browser tests visit, with the roles that may open it (from the app's own table).</summary>
public sealed record TabPage(string Name, string Path, IReadOnlyCollection<AppRole> Roles)
{
    public static readonly IReadOnlyList<TabPage> All =
    [
        new("referrals", "/tabs/referrals", TabRoles.Referrals),
        new("status-configure", "/tabs/status/configure", TabRoles.Status),
        new("admin", "/tabs/admin", TabRoles.Admin),
    ];

    public override string ToString() => Name;
}
