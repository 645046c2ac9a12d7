namespace Wijkverbinder.Protocol.Schema;

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed class ConversationResourceResponse : ExtensibleObject
{
    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Id { get; set; }
}
