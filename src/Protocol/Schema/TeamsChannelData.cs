namespace Wijkverbinder.Protocol.Schema;

/// <summary>The channelData Teams sends: tenant, team and channel, and for updates the event type.</summary>
public sealed class TeamsChannelData : ExtensibleObject
{
    public TeamsChannelInfo? Channel { get; set; }

    /// <summary>For conversationUpdate: "teamMemberAdded", "channelCreated", "teamRenamed", ...</summary>
    public string? EventType { get; set; }

    public TeamsTeamInfo? Team { get; set; }

    public TeamsTenantInfo? Tenant { get; set; }

    public TeamsChannelSettings? Settings { get; set; }
}
