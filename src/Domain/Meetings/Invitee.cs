namespace Wijkverbinder.Domain.Meetings;

/// <summary>One invitee of a meeting with their answer and, once the meeting was held, whether they came.</summary>
public sealed record Invitee(InviteeRef Ref, Rsvp Rsvp = Rsvp.None, bool Attended = false);
