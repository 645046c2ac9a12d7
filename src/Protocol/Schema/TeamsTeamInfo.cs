namespace Wijkverbinder.Protocol.Schema;

public sealed class TeamsTeamInfo : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }
}
