namespace Wijkverbinder.Domain.Network;

/// <summary>What kind of party a member of the network is.</summary>
public enum MemberKind
{
    Initiative,
    Partner,
    Person,
}
