using System.Globalization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Bot.Cards;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The bot's "reserveer": the request form (a resource, the days, purpose, district and initiative) and its submission
/// through <see cref="BookingService.RequestAsync"/>, as the tab API does. Every refusal, days held by another booking
/// with that booking's days and status included, comes back on the form with the input kept; nothing is written then.
/// </summary>
public sealed class BookingRequestActions(BookingService bookings, INetworkStore network, IColleagueDirectory colleagues, BotCards cards, TimeProvider clock)
{
    private DateOnly Today => Domain.Meetings.DutchTime.Today(clock);

    internal Task<AdaptiveCard> StartAsync(Municipality municipality, Colleague actor, CancellationToken cancellationToken) =>
        FormAsync(municipality, actor, new Dictionary<string, string>(), [], cancellationToken);

    internal async Task<AdaptiveCard> SubmitAsync(Municipality municipality, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        // What the form could not read is refused with the domain's rules in one go, as the tab API does.
        var errors = new List<ValidationError>();
        var resource = ResourceId.TryParse(data.Get(BookingFormInputs.Resource), out var id) && id.Municipality == municipality.Code ? id : (ResourceId?)null;
        if (resource is null)
        {
            errors.Add(new(BookingFormInputs.Resource, ValidationCodes.UnknownResource, data.Get(BookingFormInputs.Resource) ?? string.Empty));
        }

        var from = Day(BookingFormInputs.From, data.Get(BookingFormInputs.From), errors);
        var to = Day(BookingFormInputs.To, data.Get(BookingFormInputs.To), errors);
        var initiative = MemberId.TryParse(data.Get(BookingFormInputs.Initiative), out var member) ? member : (MemberId?)null;
        if (errors.Count == 0)
        {
            var request = new BookingRequest(resource!.Value, from!.Value, to!.Value, data.Get(BookingFormInputs.Purpose), data.Get(BotInputs.District), initiative);
            var result = await bookings.RequestAsync(municipality, request, actor.Id, cancellationToken);
            if (result.IsValid)
            {
                Audit.AuditNote.About("booking", result.Value!.Id.ToString());
                return await RequestedAsync(municipality, result.Value, cancellationToken);
            }

            if (ActorRefusals.Any(result.Errors))
            {
                Audit.AuditNote.Deny();
            }

            errors.AddRange(result.Errors);
        }

        return await FormAsync(municipality, actor, data.All(), [.. errors.Select(cards.BookingProblem)], cancellationToken);
    }

    private async Task<AdaptiveCard> RequestedAsync(Municipality municipality, Booking booking, CancellationToken cancellationToken)
    {
        var resource = await bookings.GetResourceAsync(booking.Resource, cancellationToken);
        var approver = resource is null ? null : await colleagues.GetAsync(municipality.Code, resource.Approver, cancellationToken);
        return cards.BookingRequested(booking, resource?.Name ?? booking.Resource.ToString(), approver?.Name ?? resource?.Approver.Value ?? string.Empty);
    }

    private async Task<AdaptiveCard> FormAsync(
        Municipality municipality, Colleague actor, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        // A retired resource takes no requests: it is not offered.
        var resources = (await bookings.ListResourcesAsync(municipality.Code, cancellationToken)).Where(r => !r.IsRetired).ToList();
        return cards.BookingForm(municipality, actor, resources, await InitiativesAsync(municipality, actor, cancellationToken), values, problems, Today);
    }

    /// <summary>The initiatives working in the user's districts, as on the resources page.</summary>
    private async Task<IReadOnlyList<Member>> InitiativesAsync(Municipality municipality, Colleague actor, CancellationToken cancellationToken)
    {
        var found = new List<Member>();
        foreach (var area in municipality.Areas.Where(a => a.DistrictCodes.Any(actor.Districts.Contains)))
        {
            var view = await network.GetAreaNetworkAsync(area.Id, cancellationToken);
            found.AddRange(view.Members.Where(m => m.Kind == MemberKind.Initiative && m.Districts.Any(actor.Districts.Contains)));
        }

        return [.. found.OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    private static DateOnly? Day(string field, string? text, List<ValidationError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(new(field, string.IsNullOrWhiteSpace(text) ? ValidationCodes.Required : ValidationCodes.InvalidFormat));
        return null;
    }
}
