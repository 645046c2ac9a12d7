namespace Wijkverbinder.Storage.Meetings;

/// <summary>An invitee as kept in the meeting row's "Invitees" JSON column: the reference, the answer and attendance.</summary>
internal sealed record StoredInvitee(string Ref, string Rsvp, bool Attended);
