using Wijkverbinder.Cards;
using Wijkverbinder.Notifications.Bookings;
using Wijkverbinder.Protocol.Schema;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>Shared resources: the booking.* buttons of the approval card.</summary>
public sealed partial class WijkverbinderBot
{
    private static bool IsBookingVerb(string? verb) => verb?.StartsWith(BookingVerbs.Prefix, StringComparison.Ordinal) == true;

    private async Task<AdaptiveCard> OnBookingActionAsync(string verb, InvokeData data, Activity activity, CancellationToken cancellationToken)
    {
        var actor = await referralActions.ColleagueAsync(activity.From?.AadObjectId, cancellationToken);
        return actor is null ? cards.NotAColleague() : await bookingActions.ActAsync(verb, actor, data, cancellationToken);
    }
}
