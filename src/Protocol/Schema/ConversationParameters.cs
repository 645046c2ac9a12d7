namespace Wijkverbinder.Protocol.Schema;

/// <summary>What the connector needs to create a conversation, such as a 1:1 chat with a user for proactive messages.</summary>
public sealed class ConversationParameters : ExtensibleObject
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public System.Text.Json.JsonElement? ChannelData { get; set; }
}
