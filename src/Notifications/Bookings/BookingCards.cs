using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Notifications.Resources;

namespace Wijkverbinder.Notifications.Bookings;

/// <summary>
/// The booking cards, in the current UI culture: the approval card the approver gets in their chat (approve, or
/// decline with a reason; once decided it shows the decision and no buttons), and the decision card to the requester.
/// A refusal (someone else pressed, or decided already) shows on the card and changes nothing.
/// </summary>
public sealed class BookingCards(IStringLocalizer<BookingCardTexts> text)
{
    /// <summary>"zaterdag 5 december 2026 – maandag 7 december 2026", or one day.</summary>
    public static string When(Booking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var culture = CultureInfo.CurrentCulture;
        var from = booking.From.ToString("dddd d MMMM yyyy", culture);
        return booking.From == booking.To ? from : $"{from} – {booking.To.ToString("dddd d MMMM yyyy", culture)}";
    }

    public AdaptiveCard Approval(BookingView view, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var booking = view.Booking;
        var title = text["Approval.Title", view.Resource.Name].Value;
        var body = new List<CardElement> { Heading(title) };
        if (problem is not null)
        {
            body.Add(new TextBlock { Text = problem, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        body.Add(Facts(view));
        List<CardAction>? actions = null;
        if (booking.Status == BookingStatus.Requested)
        {
            body.Add(new TextInput
            {
                Id = BookingVerbs.ReasonField,
                Label = text["Approval.Reason.Label"],
                IsMultiline = true,
                MaxLength = BookingLimits.ReasonLength,
                Placeholder = text["Approval.Reason.Placeholder"],
            });
            actions =
            [
                Execute("Approval.Approve", BookingVerbs.Approve, booking.Id, ActionStyle.Positive, AssociatedInputs.None),
                Execute("Approval.Decline", BookingVerbs.Decline, booking.Id, ActionStyle.Destructive, AssociatedInputs.Auto),
            ];
        }
        else
        {
            body.Add(Status(booking));
        }

        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = title };
    }

    public AdaptiveCard Decision(BookingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var title = text["Decision.Title." + view.Booking.Status, view.Resource.Name].Value;
        return new AdaptiveCard { Body = [Heading(title), Facts(view), Status(view.Booking)], FallbackText = title };
    }

    /// <summary>A button for a booking that does not exist (any more), or of another municipality.</summary>
    public AdaptiveCard Unknown()
    {
        var line = text["Unknown"].Value;
        return new AdaptiveCard { Body = [Heading(line)], FallbackText = line };
    }

    private FactSet Facts(BookingView view) => new()
    {
        Facts =
        [
            new(text["Fact.Resource"], view.Resource.Name),
            new(text["Fact.When"], When(view.Booking)),
            new(text["Fact.Purpose"], view.Booking.Purpose),
            new(text["Fact.Initiative"], view.InitiativeName),
            new(text["Fact.District"], view.DistrictName),
            new(text["Fact.RequestedBy"], view.RequesterName),
        ],
    };

    private TextBlock Status(Booking booking)
    {
        var status = text["Status." + booking.Status].Value;
        var line = booking.Reason is null ? status : text["Status.WithReason", status, booking.Reason].Value;
        return new TextBlock { Text = line, Wrap = true, Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
    }

    private static TextBlock Heading(string title) => new() { Text = title, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };

    private ExecuteAction Execute(string titleKey, string verb, BookingId id, ActionStyle style, AssociatedInputs inputs) => new()
    {
        Title = text[titleKey],
        Verb = verb,
        Data = new JsonObject { [BookingVerbs.BookingIdField] = id.ToString() },
        Style = style,
        AssociatedInputs = inputs,
    };
}
