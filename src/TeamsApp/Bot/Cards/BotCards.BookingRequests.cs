using System.Globalization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>"reserveer" on cards: the request form for a shared resource and the answer that it was requested.</summary>
public sealed partial class BotCards
{
    private static readonly Dictionary<string, string> BookingLabels = new(StringComparer.Ordinal)
    {
        [BookingFormInputs.Resource] = "Booking.Resource.Label",
        [BookingFormInputs.From] = "Booking.From.Label",
        [BookingFormInputs.To] = "Booking.To.Label",
        [BookingFormInputs.Purpose] = "Booking.Purpose.Label",
        [BotInputs.District] = "Booking.District.Label",
        [BookingFormInputs.Initiative] = "Booking.Initiative.Label",
    };

    public AdaptiveCard BookingForm(
        Municipality municipality,
        Colleague requester,
        IReadOnlyList<SharedResource> resources,
        IReadOnlyList<Member> initiatives,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<string> problems,
        DateOnly today)
    {
        if (resources.Count == 0 || initiatives.Count == 0)
        {
            return Card(text["Booking.Title"], [Title(text["Booking.Title"]), Paragraph(text[resources.Count == 0 ? "Booking.NoResources" : "Booking.NoInitiatives"])], null);
        }

        var body = new List<CardElement> { Title(text["Booking.Title"]), new TextBlock { Text = text["Booking.Intro", BookingLimits.MaxDays], Wrap = true, IsSubtle = true } };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        body.Add(new ChoiceSetInput
        {
            Id = BookingFormInputs.Resource, Label = text["Booking.Resource.Label"], IsRequired = true, ErrorMessage = text["Booking.Resource.Error"],
            Choices = resources.OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(r => new Choice(ServedBy(r, municipality), r.Id.ToString())).ToList(),
            Value = values.GetValueOrDefault(BookingFormInputs.Resource),
        });
        body.Add(DayInput(BookingFormInputs.From, "Booking.From", values, today));
        body.Add(DayInput(BookingFormInputs.To, "Booking.To", values, today));
        body.Add(Required(BookingFormInputs.Purpose, "Booking.Purpose", values.GetValueOrDefault(BookingFormInputs.Purpose), BookingLimits.PurposeLength, multiline: true));
        body.Add(new ChoiceSetInput
        {
            Id = BotInputs.District, Label = text["Booking.District.Label"], IsRequired = true, ErrorMessage = text["Booking.District.Error"], Style = ChoiceInputStyle.Filtered,
            Choices = municipality.Districts.OrderBy(d => requester.Districts.Contains(d.Code) ? 0 : 1).ThenBy(d => d.Name, StringComparer.CurrentCulture).Select(d => new Choice(d.Name, d.Code)).ToList(),
            Value = values.GetValueOrDefault(BotInputs.District) ?? requester.Districts.FirstOrDefault(),
        });
        body.Add(new ChoiceSetInput
        {
            Id = BookingFormInputs.Initiative, Label = text["Booking.Initiative.Label"], IsRequired = true, ErrorMessage = text["Booking.Initiative.Error"], Style = ChoiceInputStyle.Filtered,
            Choices = initiatives.Select(i => new Choice(i.Name, i.Id.ToString())).ToList(),
            Value = values.GetValueOrDefault(BookingFormInputs.Initiative),
        });
        return Card(text["Booking.Title"], body, [Execute("Booking.Submit", BotVerbs.RequestBooking)]);
    }

    public AdaptiveCard BookingRequested(Booking booking, string resourceName, string approverName) => Card(
        text["Booking.Title"],
        [Title(text["Booking.Title"]), Paragraph(text["Booking.Requested", resourceName, booking.From, booking.To, approverName])],
        null);

    public string BookingProblem(ValidationError error) => Problem(error, BookingLabels);

    private string ServedBy(SharedResource resource, Municipality municipality) => resource.Area is { } area
        ? text["Booking.Resource.Area", resource.Name, municipality.FindArea(area)?.Name ?? area.ToString()]
        : text["Booking.Resource.All", resource.Name];

    private DateInput DayInput(string id, string keyPrefix, IReadOnlyDictionary<string, string> values, DateOnly today) => new()
    {
        Id = id, Label = text[keyPrefix + ".Label"], IsRequired = true, ErrorMessage = text[keyPrefix + ".Error"], Min = today,
        Value = DateOnly.TryParseExact(values.GetValueOrDefault(id), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
    };
}
