namespace Wijkverbinder.TeamsApp.Tabs.Configuration;

/// <summary>A district or area a user may pick for the network status tab: its scope key and the name shown.</summary>
public sealed record StatusScopeChoice(string Scope, string Name);
