namespace Wijkverbinder.Domain.Meetings;

/// <summary>Planned until it is cancelled or the organiser records who attended (then it was held).</summary>
public enum MeetingStatus
{
    Planned,
    Cancelled,
    Held,
}
