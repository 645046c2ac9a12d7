using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Bookings;

/// <summary>
/// The rules of a booking request, before anything is read or written. Days held by other bookings are checked
/// separately (<see cref="Conflicting"/>), and again by the store when it writes (two requests at the same moment).
/// </summary>
public static class BookingValidator
{
    public static List<ValidationError> Validate(BookingRequest request, SharedResource? resource, Municipality municipality, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(municipality);
        var errors = new List<ValidationError>();
        if (resource is null)
        {
            errors.Add(new("resource", ValidationCodes.UnknownResource, request.Resource.ToString()));
        }
        else if (resource.IsRetired)
        {
            errors.Add(new("resource", ValidationCodes.ResourceRetired, resource.Name));
        }

        if (request.From < today)
        {
            errors.Add(new("from", ValidationCodes.InPast));
        }
        else if (request.From > today.AddDays(BookingLimits.MaxDaysAhead))
        {
            errors.Add(new("from", ValidationCodes.TooFarAhead, BookingLimits.MaxDaysAhead));
        }

        if (request.To < request.From)
        {
            errors.Add(new("to", ValidationCodes.ToBeforeFrom));
        }
        else if (request.To.DayNumber - request.From.DayNumber + 1 > BookingLimits.MaxDays)
        {
            errors.Add(new("to", ValidationCodes.BookingTooLong, BookingLimits.MaxDays));
        }

        FreeText.Check("purpose", request.Purpose, BookingLimits.PurposeLength, required: true, errors);
        CheckDistrict(request.District, resource, municipality, errors);
        if (request.Initiative is null)
        {
            errors.Add(new("initiative", ValidationCodes.Required));
        }

        return errors;
    }

    /// <summary>The first booking that holds one of the days <paramref name="from"/>..<paramref name="to"/>, if any.</summary>
    public static Booking? Conflicting(IEnumerable<Booking> bookings, DateOnly from, DateOnly to) =>
        bookings.Where(b => b.HoldsDays && b.Overlaps(from, to)).OrderBy(b => b.From).FirstOrDefault();

    /// <summary>The refusal for a conflict: it names the other booking's days (not who asked, nor why).</summary>
    public static ValidationError Conflict(Booking other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new("from", ValidationCodes.BookingConflict, other.From, other.To, other.Status.ToString());
    }

    private static void CheckDistrict(string? code, SharedResource? resource, Municipality municipality, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(new("district", ValidationCodes.Required));
            return;
        }

        var district = municipality.FindDistrict(code);
        if (district is null)
        {
            errors.Add(new("district", ValidationCodes.UnknownDistrict, code));
        }
        else if (resource is not null && !resource.Serves(district))
        {
            var area = resource.Area is { } id ? municipality.FindArea(id)?.Name ?? id.ToString() : string.Empty;
            errors.Add(new("district", ValidationCodes.OutsideResourceArea, area));
        }
    }
}
