namespace Wijkverbinder.Protocol.Schema;

public sealed class TeamsTenantInfo : ExtensibleObject
{
    public string? Id { get; set; }
}
