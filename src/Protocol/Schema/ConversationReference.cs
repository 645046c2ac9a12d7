namespace Wijkverbinder.Protocol.Schema;

/// <summary>What it takes to send to a conversation later (a proactive message).</summary>
public sealed class ConversationReference : ExtensibleObject
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }
}
