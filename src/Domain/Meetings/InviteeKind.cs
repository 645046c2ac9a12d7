namespace Wijkverbinder.Domain.Meetings;

/// <summary>An invitee is a member of the network (an initiative, partner or person) or a colleague (with Teams and a mailbox).</summary>
public enum InviteeKind
{
    Member,
    Colleague,
}
