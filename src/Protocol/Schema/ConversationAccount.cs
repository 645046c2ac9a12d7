namespace Wijkverbinder.Protocol.Schema;

/// <summary>A conversation: in Teams "personal", "groupChat" or "channel" (<see cref="ConversationType"/>).</summary>
public sealed class ConversationAccount : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? IsGroup { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }
}
