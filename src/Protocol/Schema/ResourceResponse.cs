namespace Wijkverbinder.Protocol.Schema;

/// <summary>The connector's answer to a send: the id of the activity it created.</summary>
public sealed class ResourceResponse : ExtensibleObject
{
    public string? Id { get; set; }
}
