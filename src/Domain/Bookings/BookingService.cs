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
public sealed class BookingService(
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

    /// <summary>Who registers a shared resource: a wijkmanager or a Beheerder.</summary>
    public static bool MayRegister(Colleague actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Has(AppRole.DistrictManager) || actor.Has(AppRole.Administrator);
    }

    public async Task<Result<SharedResource>> RegisterResourceAsync(Municipality municipality, ResourceDraft draft, ColleagueId actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(draft);
        if (await RefusalAsync(municipality, draft.Area, actorId, cancellationToken) is { } refused)
        {
            return Result<SharedResource>.Refused([refused]);
        }

        var errors = new List<ValidationError>();
        if (draft.Area is { } area && municipality.FindArea(area) is null)
        {
            errors.Add(new("area", ValidationCodes.UnknownValue, area.ToString(), string.Join(", ", municipality.Areas.Select(a => a.Id.ToString()))));
        }

        var approver = await CheckAsync(municipality, draft, errors, cancellationToken);
        var local = errors.Count == 0 ? Theme.SlugOf(draft.Name!) : string.Empty;
        if (errors.Count == 0 && !ResourceId.TryParse($"{municipality.Code}.R.{local}", out _))
        {
            errors.Add(new("name", ValidationCodes.InvalidFormat));
        }

        if (errors.Count > 0)
        {
            return Result<SharedResource>.Refused(errors);
        }

        var resource = new SharedResource
        {
            Id = new ResourceId(municipality.Code, local),
            Name = draft.Name!.Trim(),
            Description = FreeText.Clean(draft.Description),
            Area = draft.Area,
            Approver = approver!.Id,
        };
        try
        {
            await store.SaveResourceAsync(resource, cancellationToken);
        }
        catch (AlreadyExistsException)
        {
            return Result<SharedResource>.Refused([new("name", ValidationCodes.Duplicate, resource.Name)]);
        }

        return Result<SharedResource>.Success(resource);
    }

    /// <summary>
    /// Changes a resource's name, description or approver, by who may register one for its area, at the
    /// <paramref name="version"/> that was read. Its area and id stay: its bookings belong to them. A new approver
    /// decides the requests still open from now on (the decision asks the resource's approver at that moment). Null
    /// when there is no such resource.
    /// </summary>
    public async Task<Result<SharedResource>?> ChangeResourceAsync(
        Municipality municipality, ResourceId id, ResourceDraft draft, string? version, ColleagueId actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(draft);
        var resource = id.Municipality == municipality.Code ? await store.GetResourceAsync(id, cancellationToken) : null;
        if (resource is null)
        {
            return null;
        }

        if (await RefusalAsync(municipality, resource.Area, actorId, cancellationToken) is { } refused)
        {
            return Result<SharedResource>.Refused([refused]);
        }

        if (resource.IsRetired)
        {
            return Result<SharedResource>.Refused([new("resource", ValidationCodes.ResourceRetired, resource.Name)]);
        }

        var errors = new List<ValidationError>();
        var approver = await CheckAsync(municipality, draft, errors, cancellationToken);
        CheckVersion(version, errors);

        if (errors.Count > 0)
        {
            return Result<SharedResource>.Refused(errors);
        }

        SharedResource saved;
        try
        {
            var changed = resource with { Name = draft.Name!.Trim(), Description = FreeText.Clean(draft.Description), Approver = approver!.Id, Version = version };
            saved = await store.UpdateResourceAsync(changed, cancellationToken);
        }
        catch (VersionConflictException)
        {
            return Result<SharedResource>.Refused([new("resource", ValidationCodes.ResourceChangedMeanwhile)]);
        }

        if (saved.Approver != resource.Approver)
        {
            // The new approver gets a card for each request still open (through the outbox, as a new request does).
            var at = clock.GetUtcNow();
            await EachHoldingAsync(saved.Id, b => b.Status == BookingStatus.Requested, b => BookingLifecycle.Reassign(b, at), cancellationToken);
        }

        return Result<SharedResource>.Success(saved);
    }

    /// <summary>
    /// Retires the resource, by who may change it: it stays listed but takes no requests; its pending requests are
    /// declined and its approved bookings that have not started are cancelled, each requester told with
    /// <paramref name="reason"/> (the decision card). A booking under way runs to its end. Null: no such resource.
    /// </summary>
    public async Task<Result<SharedResource>?> RetireResourceAsync(
        Municipality municipality, ResourceId id, string? reason, string? version, ColleagueId actorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var resource = id.Municipality == municipality.Code ? await store.GetResourceAsync(id, cancellationToken) : null;
        if (resource is null)
        {
            return null;
        }

        if (await RefusalAsync(municipality, resource.Area, actorId, cancellationToken) is { } refused)
        {
            return Result<SharedResource>.Refused([refused]);
        }

        if (resource.IsRetired)
        {
            return Result<SharedResource>.Refused([new("resource", ValidationCodes.ResourceRetired, resource.Name)]);
        }

        var errors = new List<ValidationError>();
        FreeText.Check("reason", reason, BookingLimits.ReasonLength, required: true, errors);
        CheckVersion(version, errors);
        if (errors.Count > 0)
        {
            return Result<SharedResource>.Refused(errors);
        }

        var at = clock.GetUtcNow();
        var because = FreeText.Clean(reason)!;
        SharedResource saved;
        try
        {
            saved = await store.UpdateResourceAsync(resource with { RetiredAt = at, RetiredReason = because, Version = version }, cancellationToken);
        }
        catch (VersionConflictException)
        {
            return Result<SharedResource>.Refused([new("resource", ValidationCodes.ResourceChangedMeanwhile)]);
        }

        var today = Today;
        await EachHoldingAsync(
            saved.Id,
            b => b.Status == BookingStatus.Requested || (b.Status == BookingStatus.Approved && b.From >= today),
            b => BookingLifecycle.Retire(b, actorId, because, at),
            cancellationToken);
        return Result<SharedResource>.Success(saved);
    }

    /// <summary>Writes <paramref name="change"/> for every booking of the resource that holds days and matches; one changed meanwhile is read again.</summary>
    private async Task EachHoldingAsync(ResourceId resource, Func<Booking, bool> matches, Func<Booking, BookingChange> change, CancellationToken cancellationToken)
    {
        foreach (var listed in await store.ListAsync(resource, DateOnly.MinValue, DateOnly.MaxValue, cancellationToken))
        {
            var booking = listed;
            for (var attempt = 1; booking is { HoldsDays: true } && matches(booking); attempt++)
            {
                try
                {
                    await store.SaveAsync(change(booking), cancellationToken);
                    break;
                }
                catch (VersionConflictException) when (attempt < 3)
                {
                    booking = await store.GetAsync(booking.Id, cancellationToken);
                }
            }
        }
    }

    /// <summary>A version this app could have handed out: present, short, and without control characters.</summary>
    private static void CheckVersion(string? version, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            errors.Add(new("version", ValidationCodes.Required));
        }
        else if (version.Length > BookingLimits.VersionLength || FreeText.HasControlCharacters(version))
        {
            // It would not even fit the If-Match header.
            errors.Add(new("version", ValidationCodes.InvalidFormat));
        }
    }

    /// <summary>Why <paramref name="actor"/> may not register or change a resource serving <paramref name="served"/> (null: every district); null when they may.</summary>
    public static ValidationError? RefusalOf(Colleague? actor, AreaId? served, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        if (actor is null || !MayRegister(actor))
        {
            return new("actor", ValidationCodes.NotDistrictManager);
        }

        // Role x district: a wijkmanager registers and changes what serves their own area (or every district, theirs included).
        return !actor.Has(AppRole.Administrator) && served is { } area && municipality.FindArea(area) is { } servedArea && !servedArea.DistrictCodes.Any(actor.Districts.Contains)
            ? new("actor", ValidationCodes.OutsideYourDistricts, servedArea.Name)
            : null;
    }

    private async Task<ValidationError?> RefusalAsync(Municipality municipality, AreaId? served, ColleagueId actorId, CancellationToken cancellationToken) =>
        RefusalOf(await colleagues.GetAsync(municipality.Code, actorId, cancellationToken), served, municipality);

    /// <summary>The name, the description and the approver (a wijkmanager) of a draft; returns the approver when known.</summary>
    private async Task<Colleague?> CheckAsync(Municipality municipality, ResourceDraft draft, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        FreeText.Check("name", draft.Name, BookingLimits.NameLength, required: true, errors);
        FreeText.Check("description", draft.Description, BookingLimits.DescriptionLength, required: false, errors);
        var approver = draft.Approver is { } id ? await colleagues.GetAsync(municipality.Code, id, cancellationToken) : null;
        if (draft.Approver is null)
        {
            errors.Add(new("approver", ValidationCodes.Required));
        }
        else if (approver is null)
        {
            errors.Add(new("approver", ValidationCodes.UnknownColleague, draft.Approver.Value.Value));
        }
        else if (!approver.Has(AppRole.DistrictManager))
        {
            errors.Add(new("approver", ValidationCodes.NotDistrictManager));
        }

        return approver;
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
