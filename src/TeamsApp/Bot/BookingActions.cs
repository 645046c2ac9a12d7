using Microsoft.Extensions.Options;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.TeamsApp.Problems;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// The buttons of the approval card: approve, or decline with a reason. The acting colleague is the Teams user; anyone
/// but the resource's approver is refused on the card (the domain says why) and nothing changes. The answer is the
/// card as it is now, so a second press sees the decision.
/// </summary>
public sealed class BookingActions(BookingService bookings, BookingViews views, BookingCards bookingCards, ApiProblems problems, IOptions<WijkverbinderOptions> options)
{
    internal async Task<AdaptiveCard> ActAsync(string verb, Colleague actor, InvokeData data, CancellationToken cancellationToken)
    {
        if (!BookingId.TryParse(data.Get(BookingVerbs.BookingIdField), out var id) || id.Municipality != options.Value.MunicipalityCode)
        {
            return bookingCards.Unknown();
        }

        Result<Booking>? result = verb switch
        {
            BookingVerbs.Approve => await bookings.ApproveAsync(id, actor.Id, cancellationToken),
            BookingVerbs.Decline => await bookings.DeclineAsync(id, actor.Id, data.Get(BookingVerbs.ReasonField), cancellationToken),
            _ => null,
        };
        var problem = result is { IsValid: false } ? string.Join(" ", result.Errors.Select(problems.Reason)) : null;
        if (result is { IsValid: false } && ActorRefusals.Any(result.Errors))
        {
            Audit.AuditNote.Deny();
        }

        var view = await views.GetAsync(id, cancellationToken);
        if (view is not null && result is { IsValid: true })
        {
            Audit.AuditNote.About("booking", id.ToString());
        }

        return view is null ? bookingCards.Unknown() : bookingCards.Approval(view, problem);
    }
}
