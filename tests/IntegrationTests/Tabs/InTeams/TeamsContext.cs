namespace Wijkverbinder.IntegrationTests.Tabs.InTeams;

/// <summary>
/// What the Teams host stand-in tells the framed page: the frame context (<c>content</c> for a tab, <c>settings</c>
/// for a configuration page), theme, locale, user, and for a channel tab the channel and team. Serialised as is to
/// <c>teams-host.js</c>.
/// </summary>
public sealed record TeamsContext
{
    public required string Url { get; init; }

    public string FrameContext { get; init; } = "content";

    public string Theme { get; init; } = "default";

    public string Locale { get; init; } = "nl-nl";

    public string? Token { get; init; }

    public string? UserObjectId { get; init; }

    public string? TenantId { get; init; }

    public string? LoginHint { get; init; }

    public string? EntityId { get; init; }

    public string? SubEntityId { get; init; }

    public string? ChannelId { get; init; }

    public string? ChannelName { get; init; }

    public string? TeamId { get; init; }

    public string? TeamName { get; init; }
}
