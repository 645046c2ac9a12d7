using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// The transitions of a booking and who may make them. Each returns the change to write (with the cards it causes) or
/// the reasons it is refused; a refusal changes nothing.
/// </summary>
public static class BookingLifecycle
{
    /// <summary>A new request: it holds its days at once and asks the approver.</summary>
    public static BookingChange Request(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new(null, booking, [new BookingTask(booking.Id, booking.Sequence, BookingTaskKind.AskApproval)]);
    }

    public static Result<BookingChange> Approve(Booking booking, SharedResource resource, Colleague actor, DateTimeOffset at) =>
        Decide(booking, resource, actor, BookingAction.Approve, BookingStatus.Approved, reason: null, at);

    public static Result<BookingChange> Decline(Booking booking, SharedResource resource, Colleague actor, string? reason, DateTimeOffset at)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("reason", reason, BookingLimits.ReasonLength, required: true, errors);
        return errors.Count > 0 && MayDecide(booking, resource, actor, BookingAction.Decline) is null
            ? Result<BookingChange>.Refused(errors)
            : Decide(booking, resource, actor, BookingAction.Decline, BookingStatus.Declined, FreeText.Clean(reason), at);
    }

    /// <summary>The requester or the approver cancels a request or an approved booking; the days come free.</summary>
    public static Result<BookingChange> Cancel(Booking booking, SharedResource resource, Colleague actor, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.ActsFor(booking.RequestedBy) && !actor.ActsFor(resource.Approver))
        {
            return Refused("actor", ValidationCodes.NotRequesterOrApprover);
        }

        if (!booking.HoldsDays)
        {
            return Refused("status", ValidationCodes.BookingNotAllowedNow, BookingAction.Cancel.ToString(), booking.Status.ToString());
        }

        var errors = new List<ValidationError>();
        FreeText.Check("reason", reason, BookingLimits.ReasonLength, required: false, errors);
        if (errors.Count > 0)
        {
            return Result<BookingChange>.Refused(errors);
        }

        var after = Next(booking, BookingStatus.Cancelled, actor.Id, FreeText.Clean(reason), at);

        // The requester hears of it when the approver cancels; a requester who cancels knows already.
        IReadOnlyList<BookingTask> tasks = actor.ActsFor(booking.RequestedBy) ? [] : [new BookingTask(after.Id, after.Sequence, BookingTaskKind.TellRequester)];
        return Result<BookingChange>.Success(new BookingChange(booking, after, tasks));
    }

    /// <summary>
    /// The resource has a new approver: a pending request asks them (a new card through the outbox). The booking keeps
    /// its status; the higher sequence makes the card a new task. The old approver's buttons are refused because a
    /// decision checks the resource's approver as it is now.
    /// </summary>
    public static BookingChange Reassign(Booking booking, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var after = booking with { UpdatedAt = at, Sequence = booking.Sequence + 1 };
        return new(booking, after, [new BookingTask(after.Id, after.Sequence, BookingTaskKind.AskApproval)]);
    }

    /// <summary>
    /// The resource is retired: a pending request is declined, an approved booking cancelled, each with the reason, and
    /// the requester is told (the decision card); the days come free.
    /// </summary>
    public static BookingChange Retire(Booking booking, ColleagueId actor, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (!booking.HoldsDays)
        {
            throw new ArgumentException("Only a booking that holds its days is ended by retiring its resource.", nameof(booking));
        }

        var status = booking.Status == BookingStatus.Requested ? BookingStatus.Declined : BookingStatus.Cancelled;
        var after = Next(booking, status, actor, reason, at);
        return new(booking, after, [new BookingTask(after.Id, after.Sequence, BookingTaskKind.TellRequester)]);
    }

    private static Result<BookingChange> Decide(
        Booking booking, SharedResource resource, Colleague actor, BookingAction action, BookingStatus status, string? reason, DateTimeOffset at)
    {
        if (MayDecide(booking, resource, actor, action) is { } refusal)
        {
            return refusal;
        }

        var after = Next(booking, status, actor.Id, reason, at);
        return Result<BookingChange>.Success(new BookingChange(booking, after, [new BookingTask(after.Id, after.Sequence, BookingTaskKind.TellRequester)]));
    }

    private static Result<BookingChange>? MayDecide(Booking booking, SharedResource resource, Colleague actor, BookingAction action)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.ActsFor(resource.Approver))
        {
            return Refused("actor", ValidationCodes.NotApprover);
        }

        return booking.Status == BookingStatus.Requested
            ? null
            : Refused("status", ValidationCodes.BookingNotAllowedNow, action.ToString(), booking.Status.ToString());
    }

    private static Booking Next(Booking booking, BookingStatus status, ColleagueId actor, string? reason, DateTimeOffset at) =>
        booking with { Status = status, DecidedBy = actor, Reason = reason, UpdatedAt = at, Sequence = booking.Sequence + 1 };

    private static Result<BookingChange> Refused(string field, string code, params object[] arguments) =>
        Result<BookingChange>.Refused([new ValidationError(field, code, arguments)]);
}
