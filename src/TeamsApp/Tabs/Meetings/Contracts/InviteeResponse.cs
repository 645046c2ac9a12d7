namespace Wijkverbinder.TeamsApp.Tabs.Meetings.Contracts;

/// <summary>An invitee by reference ("member:…" or "colleague:…") and name, with the answer and attendance.</summary>
public sealed record InviteeResponse(string Ref, string Name, string Rsvp, bool Attended);
