namespace Wijkverbinder.Protocol.Schema;

public sealed class TeamsChannelInfo : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}
