using Wijkverbinder.Domain.Meetings;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// One invitee as a card shows them: the name looked up now (an erased member shows as unknown), their group, and
/// whether the calendar invitation can reach them (a colleague with a mailbox, a person with a mail address).
/// </summary>
public sealed record InviteeLine(Invitee Invitee, string Name, InviteeGroup Group, bool HasMailbox);
