namespace Wijkverbinder.Domain.Bookings;

public enum BookingTaskKind
{
    /// <summary>The approval card to the resource's approver (1:1 chat).</summary>
    AskApproval,

    /// <summary>The decision card to the requester (1:1 chat).</summary>
    TellRequester,
}
