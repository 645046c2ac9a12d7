namespace Wijkverbinder.TeamsApp.Tabs.Configuration;

/// <summary>What a channel tab shows. The manifest allows one configurable tab, so its configuration offers both.</summary>
public enum ChannelTabKind
{
    Status,
    Programme,
}
