using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// The booking use cases. A request is checked (<see cref="BookingValidator"/>), then against the bookings that hold
/// its days, then written; the store refuses it if a request at the same moment took a day first, and the refusal
/// names that booking's days. Pending requests hold their days as approved bookings do (docs/programme.md explains
/// why). A decision reads the booking once and writes it guarded by its version: of two at once exactly one wins.
/// </summary>
public sealed partial class BookingService(
    IBookingStore store,
    IColleagueDirectory colleagues,
    INetworkStore network,
    TimeProvider clock)
{
    private DateOnly Today => DutchTime.Today(clock);

    public Task<IReadOnlyList<SharedResource>> ListResourcesAsync(string municipality, CancellationToken cancellationToken) =>
        store.ListResourcesAsync(municipality, cancellationToken);

    public Task<SharedResource?> GetResourceAsync(ResourceId id, CancellationToken cancellationToken) => store.GetResourceAsync(id, cancellationToken);

    public Task<Booking?> GetAsync(BookingId id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    /// <summary>The bookings that hold days of the resource in the month (requested and approved), by first day.</summary>
    public Task<IReadOnlyList<Booking>> MonthAsync(ResourceId resource, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        return HoldingAsync(resource, first, first.AddMonths(1).AddDays(-1), cancellationToken);
    }

    /// <summary>The bookings that hold days of the resource between two days (requested and approved), by first day.</summary>
    public async Task<IReadOnlyList<Booking>> HoldingAsync(ResourceId resource, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var bookings = await store.ListAsync(resource, from, to, cancellationToken);
        return [.. bookings.OrderBy(b => b.From).ThenBy(b => b.Id.Local, StringComparer.Ordinal)];
    }

    public async Task<Result<Booking>> RequestAsync(Municipality municipality, BookingRequest request, ColleagueId actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(request);
        var actor = await colleagues.GetAsync(municipality.Code, actorId, cancellationToken);
        if (actor is null)
        {
            return Result<Booking>.Refused([new("actor", ValidationCodes.UnknownColleague, actorId.Value)]);
        }

        var resource = request.Resource.Municipality == municipality.Code ? await store.GetResourceAsync(request.Resource, cancellationToken) : null;
        var errors = BookingValidator.Validate(request, resource, municipality, Today);

        // Role x district: the wijkteam and wijkmanagers of the district the booking is for (a district that is not
        // one, or not the resource's, is the input's error).
        if (!MayRequest(actor, errors.Any(e => e.Field == "district") ? null : request.District))
        {
            return Result<Booking>.Refused([new("actor", ValidationCodes.OutsideYourDistricts, request.District ?? string.Empty)]);
        }
        if (errors.Count == 0)
        {
            await CheckInitiativeAsync(municipality, request, errors, cancellationToken);
        }

        if (errors.Count == 0 && BookingValidator.Conflicting(await store.ListAsync(request.Resource, request.From, request.To, cancellationToken), request.From, request.To) is { } held)
        {
            errors.Add(BookingValidator.Conflict(held));
        }

        if (errors.Count > 0)
        {
            return Result<Booking>.Refused(errors);
        }

        var now = clock.GetUtcNow();
        var booking = new Booking
        {
            Id = BookingId.New(municipality.Code, clock),
            Resource = request.Resource,
            From = request.From,
            To = request.To,
            Purpose = request.Purpose!.Trim(),
            District = request.District!,
            Initiative = request.Initiative!.Value,
            RequestedBy = actor.Id,
            Status = BookingStatus.Requested,
            CreatedAt = now,
            UpdatedAt = now,
            Sequence = 1,
        };
        try
        {
            return Result<Booking>.Success(await store.SaveAsync(BookingLifecycle.Request(booking), cancellationToken));
        }
        catch (BookingConflictException)
        {
            // A request at the same moment took a day first: name its days.
            var winner = BookingValidator.Conflicting(await store.ListAsync(request.Resource, request.From, request.To, cancellationToken), request.From, request.To);
            return Result<Booking>.Refused([winner is null ? new ValidationError("from", ValidationCodes.BookingChangedMeanwhile) : BookingValidator.Conflict(winner)]);
        }
    }

    public Task<Result<Booking>?> ApproveAsync(BookingId id, ColleagueId actor, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (b, r, a, at) => BookingLifecycle.Approve(b, r, a, at), cancellationToken);

    public Task<Result<Booking>?> DeclineAsync(BookingId id, ColleagueId actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (b, r, a, at) => BookingLifecycle.Decline(b, r, a, reason, at), cancellationToken);

    public Task<Result<Booking>?> CancelAsync(BookingId id, ColleagueId actor, string? reason, CancellationToken cancellationToken) =>
        ActAsync(id, actor, (b, r, a, at) => BookingLifecycle.Cancel(b, r, a, reason, at), cancellationToken);

    private async Task CheckInitiativeAsync(Municipality municipality, BookingRequest request, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var initiative = request.Initiative!.Value;
        var area = municipality.FindDistrict(request.District!)!.Area;
        var found = initiative.Area == area
            ? await network.GetMembersAsync(area, [initiative], cancellationToken)
            : new Dictionary<MemberId, Member>();
        if (!found.TryGetValue(initiative, out var member))
        {
            errors.Add(new("initiative", ValidationCodes.UnknownMember, initiative.ToString()));
        }
        else if (member.Kind != MemberKind.Initiative)
        {
            errors.Add(new("initiative", ValidationCodes.NotAnInitiative, member.Name));
        }
    }

    private async Task<Result<Booking>?> ActAsync(
        BookingId id,
        ColleagueId actorId,
        Func<Booking, SharedResource, Colleague, DateTimeOffset, Result<BookingChange>> transition,
        CancellationToken cancellationToken)
    {
        var booking = await store.GetAsync(id, cancellationToken);
        var resource = booking is null ? null : await store.GetResourceAsync(booking.Resource, cancellationToken);
        if (booking is null || resource is null)
        {
            return null;
        }

        var actor = await colleagues.GetAsync(id.Municipality, actorId, cancellationToken);
        if (actor is null)
        {
            return Result<Booking>.Refused([new("actor", ValidationCodes.UnknownColleague, actorId.Value)]);
        }

        var result = transition(booking, resource, actor, clock.GetUtcNow());
        if (!result.IsValid)
        {
            return Result<Booking>.Refused(result.Errors);
        }

        try
        {
            return Result<Booking>.Success(await store.SaveAsync(result.Value!, cancellationToken));
        }
        catch (VersionConflictException)
        {
            return Result<Booking>.Refused([new("booking", ValidationCodes.BookingChangedMeanwhile)]);
        }
    }

    /// <summary>Who may request a booking for <paramref name="district"/> (none named yet: the validator says so).</summary>
    public static bool MayRequest(Colleague actor, string? district)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RoleRules.Allows(actor.Roles, Capability.BookResources) && (district is null || actor.Districts.Contains(district));
    }
}
