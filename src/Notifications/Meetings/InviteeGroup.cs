namespace Wijkverbinder.Notifications.Meetings;

/// <summary>How a card groups a meeting's invitees: the network's kinds first, then the municipality's colleagues.</summary>
public enum InviteeGroup
{
    Initiatives,
    Partners,
    People,
    Colleagues,
}
