using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// The shared resources themselves: registering, changing and retiring one, by the Beheerder or a wijkmanager of the
/// area it serves. A change and a retirement name the version that was read (the second of two editors is refused);
/// the resource is written first, then its bookings one by one, each guarded by its own version.
/// </summary>
public sealed partial class BookingService
{
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
        var (resource, refused) = await ManagedAsync(municipality, id, actorId, cancellationToken);
        if (resource is null)
        {
            return null;
        }

        if (refused is not null)
        {
            return Result<SharedResource>.Refused([refused]);
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
        var (resource, refused) = await ManagedAsync(municipality, id, actorId, cancellationToken);
        if (resource is null)
        {
            return null;
        }

        if (refused is not null)
        {
            return Result<SharedResource>.Refused([refused]);
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

    /// <summary>The resource to change or retire (null: none in the municipality), and why the actor may not: not theirs to manage, or retired.</summary>
    private async Task<(SharedResource? Resource, ValidationError? Refusal)> ManagedAsync(Municipality municipality, ResourceId id, ColleagueId actorId, CancellationToken cancellationToken)
    {
        var resource = id.Municipality == municipality.Code ? await store.GetResourceAsync(id, cancellationToken) : null;
        if (resource is null)
        {
            return (null, null);
        }

        var refusal = await RefusalAsync(municipality, resource.Area, actorId, cancellationToken)
            ?? (resource.IsRetired ? new ValidationError("resource", ValidationCodes.ResourceRetired, resource.Name) : null);
        return (resource, refusal);
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
}
