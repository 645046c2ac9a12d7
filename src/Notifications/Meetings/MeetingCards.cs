using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Notifications.Resources;

namespace Wijkverbinder.Notifications.Meetings;

/// <summary>
/// The meeting as cards, in the current UI culture: the agenda card in the wijkteam's channel (each viewer gets their
/// own through refresh: their answer, and for the organiser attendance and actions) and the feedback card to an
/// attendee. Feedback is only ever shown aggregated (<see cref="ScoreSummary"/>). User text goes into text blocks as
/// it is: cards render no HTML.
/// </summary>
public sealed partial class MeetingCards(IStringLocalizer<MeetingCardTexts> text)
{
    private string Title(Meeting meeting) => text["Title", text["Kind." + meeting.Kind], meeting.Title];

    /// <summary>"dinsdag 8 december 2026, 19:30 – 21:00", in Dutch time.</summary>
    public static string When(Meeting meeting)
    {
        var start = DutchTime.ToDutch(meeting.Start);
        var end = DutchTime.ToDutch(meeting.End);
        var culture = CultureInfo.CurrentCulture;
        var day = start.ToString("dddd d MMMM yyyy", culture);
        return start.Date == end.Date
            ? $"{day}, {start.ToString("HH:mm", culture)} – {end.ToString("HH:mm", culture)}"
            : $"{day}, {start.ToString("HH:mm", culture)} – {end.ToString("dddd d MMMM yyyy HH:mm", culture)}";
    }

    private static TextBlock Heading(string title) => new() { Text = title, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Subheading(string title) => new() { Text = title, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };

    private static TextBlock Problem(string problem) => new() { Text = problem, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder };

    private static TextBlock Line(string line) => new() { Text = line, Wrap = true, Spacing = Spacing.None };

    private ExecuteAction Execute(string titleKey, string verb, MeetingId id, JsonObject? more = null, ActionStyle? style = null, AssociatedInputs? inputs = null)
    {
        var data = more ?? [];
        data[MeetingVerbs.MeetingIdField] = id.ToString();
        return new() { Title = text[titleKey], Verb = verb, Data = data, Style = style, AssociatedInputs = inputs };
    }

    private string Score(decimal? average) =>
        average is { } value ? value.ToString("0.0", CultureInfo.CurrentCulture) : text["Feedback.TooFew", MeetingLimits.MinimumAnswersShown].Value;
}
