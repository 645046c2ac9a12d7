namespace Wijkverbinder.Domain.Meetings;

/// <summary>An invitee's answer to the invitation, as given on the agenda card (or none yet).</summary>
public enum Rsvp
{
    None,
    Accepted,
    Tentative,
    Declined,
}
