using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Configuration;

/// <summary>Which kinds of channel tab a user may set up (the roles of the page the tab shows), and where each is configured.</summary>
public static class ChannelTabKinds
{
    /// <summary>The page the manifest's configurableTabs entry opens; it sends the user on to a kind's page.</summary>
    public const string ConfigurePath = "tabs/configure";

    /// <summary>Everyone who may set up some channel tab: the roles of either page.</summary>
    public static readonly IReadOnlyCollection<Domain.Colleagues.AppRole> Roles = [.. TabRoles.Status.Union(TabRoles.Programme)];

    /// <summary>The kinds <paramref name="user"/> may set up, the network status first (the tab that was there first).</summary>
    public static IReadOnlyList<ChannelTabKind> For(TabUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. Enum.GetValues<ChannelTabKind>().Where(kind => user.HasAny(RolesOf(kind)))];
    }

    public static IReadOnlyCollection<Domain.Colleagues.AppRole> RolesOf(ChannelTabKind kind) => kind switch
    {
        ChannelTabKind.Status => TabRoles.Status,
        ChannelTabKind.Programme => TabRoles.Programme,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The page a <paramref name="kind"/> tab shows for <paramref name="value"/> (a scope or an area), relative to the app's base.</summary>
    public static string PageOf(ChannelTabKind kind, string value) => kind switch
    {
        ChannelTabKind.Status => "tabs/status?scope=" + Uri.EscapeDataString(value),
        ChannelTabKind.Programme => "tabs/programme?area=" + Uri.EscapeDataString(value),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The configuration page of <paramref name="kind"/>, relative to the app's base.</summary>
    public static string PathOf(ChannelTabKind kind) => kind switch
    {
        ChannelTabKind.Status => "tabs/status/configure",
        ChannelTabKind.Programme => "tabs/programme/configure",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
