using System.Globalization;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Api;
using Wijkverbinder.TeamsApp.Tabs.Bookings.Contracts;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Bookings;

/// <summary>
/// Shared resources on the tab API: the list, registering, changing and retiring one, a resource's month, requesting a booking,
/// and approving, declining and cancelling one. Bad input is a 400 with every reason and stores nothing; not the approver 403;
/// days held by another booking, decided already, or someone else was first 409.
/// </summary>
internal static class TabBookingEndpoints
{
    public static void MapTabBookings(this RouteGroupBuilder api)
    {
        var limit = new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Network.NetworkApi.MaxRequestBytes);
        api.MapGet("/resources", List);
        api.MapPost("/resources", Register).WithMetadata(limit);
        api.MapPut("/resources/{id}", Change).WithMetadata(limit);
        api.MapPost("/resources/{id}/retire", Retire).WithMetadata(limit);
        api.MapGet("/resources/{id}/calendar", Calendar);
        api.MapPost("/resources/{id}/bookings", Request).WithMetadata(limit);
        api.MapPost("/bookings/{id}/approve", Approve).WithMetadata(limit);
        api.MapPost("/bookings/{id}/decline", Decline).WithMetadata(limit);
        api.MapPost("/bookings/{id}/cancel", Cancel).WithMetadata(limit);
    }

    private static async Task<IResult> List(HttpContext context, BookingService bookings, INetworkStore network, ApiProblems problems, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        if (!user.HasAny(TabRoles.Resources))
        {
            return problems.Forbidden();
        }

        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        var resources = await bookings.ListResourcesAsync(user.Municipality, cancellationToken);
        return Results.Ok(resources.Select(r => BookingResponses.Resource(r, municipality)).ToList());
    }

    private static async Task<IResult> Register(RegisterResourceBody? body, HttpContext context, BookingService bookings, INetworkStore network, ApiProblems problems, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        if (municipality is null || !user.HasAny([AppRole.DistrictManager, AppRole.Administrator]))
        {
            return problems.Forbidden();
        }

        var errors = new List<ValidationError>();
        AreaId? area = null;
        if (!string.IsNullOrWhiteSpace(body?.Area))
        {
            area = AreaId.TryParse(body.Area, out var parsed) ? parsed : null;
            if (area is null)
            {
                errors.Add(new("area", ValidationCodes.InvalidFormat));
            }
        }

        ColleagueId? approver = null;
        if (!string.IsNullOrWhiteSpace(body?.Approver))
        {
            approver = ColleagueId.TryParse(body.Approver, out var parsed) ? parsed : null;
            if (approver is null)
            {
                errors.Add(new("approver", ValidationCodes.InvalidFormat));
            }
        }

        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var result = await bookings.RegisterResourceAsync(municipality, new ResourceDraft(body?.Name, body?.Description, area, approver), user.Id, cancellationToken);
        if (result.IsValid)
        {
            return Results.Created($"{TabApi.Prefix}/resources/{result.Value!.Id}/calendar", BookingResponses.Resource(result.Value!, municipality));
        }

        return result.Errors.Any(e => e.Field == "actor") ? problems.ForbiddenBecause(result.Errors) : problems.Invalid(result.Errors);
    }

    /// <summary>A new name, description or approver; 404 for an unknown resource, 409 when it changed since it was read.</summary>
    private static async Task<IResult> Change(string id, ChangeResourceBody? body, HttpContext context, BookingService bookings, INetworkStore network, ApiProblems problems, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        if (municipality is null || !user.HasAny([AppRole.DistrictManager, AppRole.Administrator]))
        {
            return problems.Forbidden();
        }

        if (!ResourceId.TryParse(id, out var resourceId))
        {
            return problems.NotFound();
        }

        ColleagueId? approver = null;
        if (!string.IsNullOrWhiteSpace(body?.Approver))
        {
            approver = ColleagueId.TryParse(body.Approver, out var parsed) ? parsed : null;
            if (approver is null)
            {
                return problems.Invalid([new("approver", ValidationCodes.InvalidFormat)]);
            }
        }

        var result = await bookings.ChangeResourceAsync(municipality, resourceId, new ResourceDraft(body?.Name, body?.Description, null, approver), body?.Version, user.Id, cancellationToken);
        return Answer(result, municipality, problems);
    }

    /// <summary>Retires the resource: its open requests are declined and its bookings not yet started cancelled; 409 when retired already or changed since it was read.</summary>
    private static async Task<IResult> Retire(string id, RetireResourceBody? body, HttpContext context, BookingService bookings, INetworkStore network, ApiProblems problems, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        if (municipality is null || !user.HasAny([AppRole.DistrictManager, AppRole.Administrator]))
        {
            return problems.Forbidden();
        }

        var result = ResourceId.TryParse(id, out var resourceId)
            ? await bookings.RetireResourceAsync(municipality, resourceId, body?.Reason, body?.Version, user.Id, cancellationToken)
            : null;
        return Answer(result, municipality, problems);
    }

    private static IResult Answer(Result<SharedResource>? result, Municipality municipality, ApiProblems problems) => result switch
    {
        null => problems.NotFound(),
        { IsValid: true } => Results.Ok(BookingResponses.Resource(result.Value!, municipality)),
        _ when result.Errors.Any(e => e.Field == "actor") => problems.ForbiddenBecause(result.Errors),
        _ when result.Errors.Any(e => e.Code is ValidationCodes.ResourceChangedMeanwhile or ValidationCodes.ResourceRetired) => problems.NotAllowed(result.Errors),
        _ => problems.Invalid(result.Errors),
    };

    private static async Task<IResult> Calendar(
        string id, string? month, HttpContext context, BookingService bookings, BookingTabQueries queries, INetworkStore network, TimeProvider clock, ApiProblems problems, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        if (!user.HasAny(TabRoles.Resources))
        {
            return problems.Forbidden();
        }

        var errors = new List<ValidationError>();
        var resource = await ResourceAsync(id, user.Municipality, bookings, errors, cancellationToken);
        var first = DutchTime.Today(clock);
        if (!string.IsNullOrEmpty(month))
        {
            if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                first = parsed;
            }
            else
            {
                errors.Add(new("month", ValidationCodes.InvalidFormat));
            }
        }

        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        var views = await queries.MonthAsync(resource!, first.Year, first.Month, cancellationToken);
        return Results.Ok(new CalendarResponse(
            BookingResponses.Resource(resource!, municipality),
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            [.. views.Select(v => BookingResponses.Booking(v, user))]));
    }

    private static async Task<IResult> Request(
        string id, BookingRequestBody? body, HttpContext context, BookingService bookings, BookingViews views, INetworkStore network, ApiProblems problems, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        var municipality = await network.GetMunicipalityAsync(user.Municipality, cancellationToken);
        if (municipality is null || !user.HasAny(TabRoles.Resources))
        {
            return problems.Forbidden();
        }

        var errors = new List<ValidationError>();
        var resource = await ResourceAsync(id, user.Municipality, bookings, errors, cancellationToken);
        var from = Day("from", body?.From, errors);
        var to = Day("to", body?.To, errors);
        MemberId? initiative = null;
        if (!string.IsNullOrWhiteSpace(body?.Initiative))
        {
            initiative = MemberId.TryParse(body.Initiative, out var parsed) ? parsed : null;
            if (initiative is null)
            {
                errors.Add(new("initiative", ValidationCodes.InvalidFormat));
            }
        }

        if (errors.Count > 0)
        {
            return problems.Invalid(errors);
        }

        var result = await bookings.RequestAsync(municipality, new BookingRequest(resource!.Id, from!.Value, to!.Value, body?.Purpose, body?.District, initiative), user.Id, cancellationToken);
        if (!result.IsValid)
        {
            // Days held by another booking are a conflict with what is stored (409), not bad input.
            return result.Errors.Any(e => e.Field == "actor") ? problems.ForbiddenBecause(result.Errors)
                : result.Errors.All(e => e.Code is ValidationCodes.BookingConflict or ValidationCodes.BookingChangedMeanwhile) ? problems.NotAllowed(result.Errors)
                : problems.Invalid(result.Errors);
        }

        var view = await views.ForAsync(result.Value!, cancellationToken);
        return Results.Created($"{TabApi.Prefix}/resources/{resource.Id}/calendar?month={result.Value!.From:yyyy-MM}", BookingResponses.Booking(view!, user));
    }

    private static Task<IResult> Approve(string id, HttpContext context, BookingService bookings, BookingViews views, ApiProblems problems, CancellationToken cancellationToken) =>
        ActAsync(id, context, views, problems, (bookingId, actor) => bookings.ApproveAsync(bookingId, actor, cancellationToken), cancellationToken);

    private static Task<IResult> Decline(string id, BookingReasonBody? body, HttpContext context, BookingService bookings, BookingViews views, ApiProblems problems, CancellationToken cancellationToken) =>
        ActAsync(id, context, views, problems, (bookingId, actor) => bookings.DeclineAsync(bookingId, actor, body?.Reason, cancellationToken), cancellationToken);

    private static Task<IResult> Cancel(string id, BookingReasonBody? body, HttpContext context, BookingService bookings, BookingViews views, ApiProblems problems, CancellationToken cancellationToken) =>
        ActAsync(id, context, views, problems, (bookingId, actor) => bookings.CancelAsync(bookingId, actor, body?.Reason, cancellationToken), cancellationToken);

    /// <summary>An unreadable id 400; another municipality's or an unknown booking 404; then the domain decides: not theirs 403, not now 409, wrong input 400.</summary>
    private static async Task<IResult> ActAsync(
        string id, HttpContext context, BookingViews views, ApiProblems problems, Func<BookingId, ColleagueId, Task<Result<Booking>?>> act, CancellationToken cancellationToken)
    {
        var user = TabApiUser.Get(context);
        if (!BookingId.TryParse(id, out var bookingId))
        {
            return problems.Invalid([new ValidationError("id", ValidationCodes.InvalidFormat)]);
        }

        var result = bookingId.Municipality == user.Municipality ? await act(bookingId, user.Id) : null;
        if (result is null)
        {
            return problems.NotFound();
        }

        if (result.IsValid)
        {
            var view = await views.ForAsync(result.Value!, cancellationToken);
            return Results.Ok(BookingResponses.Booking(view!, user));
        }

        if (result.Errors.Any(e => e.Field == "actor"))
        {
            return problems.ForbiddenBecause(result.Errors);
        }

        return result.Errors.Any(e => e.Code is ValidationCodes.BookingNotAllowedNow or ValidationCodes.BookingChangedMeanwhile)
            ? problems.NotAllowed(result.Errors)
            : problems.Invalid(result.Errors);
    }

    private static async Task<SharedResource?> ResourceAsync(string id, string municipality, BookingService bookings, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var resource = ResourceId.TryParse(id, out var resourceId) && resourceId.Municipality == municipality
            ? await bookings.GetResourceAsync(resourceId, cancellationToken)
            : null;
        if (resource is null)
        {
            errors.Add(new("resource", ValidationCodes.UnknownResource, id));
        }

        return resource;
    }

    private static DateOnly? Day(string field, string? text, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(field, ValidationCodes.Required));
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(new(field, ValidationCodes.InvalidFormat));
        return null;
    }
}
