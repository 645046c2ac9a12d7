namespace Wijkverbinder.Domain.Network;

/// <summary>
/// How two members of the network relate. <see cref="WorksWith"/> and <see cref="MetAt"/> are mutual;
/// the others read "from ... to": the from-member is supported by, a member of, or referred to the to-member.
/// </summary>
public enum TieType
{
    WorksWith,
    SupportedBy,
    MemberOf,
    ReferredTo,
    MetAt,
}
