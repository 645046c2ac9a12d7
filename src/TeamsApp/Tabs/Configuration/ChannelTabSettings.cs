using Microsoft.AspNetCore.Components;

namespace Wijkverbinder.TeamsApp.Tabs.Configuration;

/// <summary>The settings Teams keeps for a configured channel tab (pages.config.setConfig).</summary>
public sealed record ChannelTabSettings(string ContentUrl, string WebsiteUrl, string EntityId, string DisplayName)
{
    /// <summary>
    /// The settings of a <paramref name="kind"/> tab showing <paramref name="value"/> (a scope or an area): the content
    /// URL carries Teams' theme and locale placeholders, the website URL (opened in a browser) does not, and the
    /// entity id tells the tabs apart ("status-WK020201", "programme-GM0202-1").
    /// </summary>
    public static ChannelTabSettings For(NavigationManager navigation, ChannelTabKind kind, string value, string displayName)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var website = navigation.ToAbsoluteUri(ChannelTabKinds.PageOf(kind, value)).AbsoluteUri;
        var entity = kind.ToString().ToLowerInvariant() + "-" + value;
        return new ChannelTabSettings(website + "&locale={locale}&theme={theme}", website, entity, displayName);
    }
}
