namespace Wijkverbinder.TeamsApp.Tabs.Configuration;

/// <summary>The settings Teams keeps for a configured network status tab (pages.config.setConfig).</summary>
public sealed record StatusTabSettings(string ContentUrl, string WebsiteUrl, string EntityId, string DisplayName);
