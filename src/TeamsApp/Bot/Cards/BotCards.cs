using System.Globalization;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.TeamsApp.Resources;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>
/// Every card the bot sends, in the current UI culture (Dutch unless the user's Teams speaks English).
/// The cards never show personal data: results list initiatives and partners, not people.
/// </summary>
public sealed partial class BotCards(IStringLocalizer<BotTexts> text, IStringLocalizer<ApiMessages> reasons)
{
    /// <summary>A result card lists this many members; the rest is counted.</summary>
    public const int MaxResults = 15;

    public AdaptiveCard Welcome() => Card(
        text["Welcome.Title"],
        [Title(text["Welcome.Title"]), Paragraph(text["Welcome.Intro"]), Capabilities()],
        MainActions());

    public AdaptiveCard Help(string? unknownCommand = null) => Card(
        text["Help.Title"],
        [
            Title(text["Help.Title"]),
            unknownCommand is null ? Paragraph(text["Welcome.Intro"]) : Paragraph(text["Help.Unknown", unknownCommand]),
            Capabilities(),
        ],
        MainActions());

    public AdaptiveCard NoMunicipality() => Message("Help.Title", "Error.NoMunicipality");

    public AdaptiveCard SomethingWentWrong() => Message("Help.Title", "Error.Generic");

    public AdaptiveCard UnknownAction() => Message("Help.Title", "Error.UnknownAction");

    /// <summary>The refusal of a button or command that the user's role or districts do not allow.</summary>
    public AdaptiveCard NotAllowed() => Message("Help.Title", "Error.NotAllowed");

    public AdaptiveCard UnknownMeeting() => Message("Meeting.Title", "Meeting.Unknown");

    private AdaptiveCard Message(string titleKey, string messageKey) =>
        Card(text[titleKey], [Title(text[titleKey]), Paragraph(text[messageKey])], MainActions());

    public AdaptiveCard Summary(District district, NetworkSummary summary) => Card(
        text["Summary.Title", district.Name],
        [
            Title(text["Summary.Title", district.Name]),
            new FactSet
            {
                Facts =
                [
                    Fact("Summary.Members", summary.Members),
                    Fact("Summary.Initiatives", summary.ByKind[MemberKind.Initiative]),
                    Fact("Summary.Partners", summary.ByKind[MemberKind.Partner]),
                    Fact("Summary.People", summary.ByKind[MemberKind.Person]),
                    Fact("Summary.New", summary.NewThisQuarter),
                    Fact("Summary.Dormant", summary.Dormant),
                    Fact("Summary.Isolated", summary.Isolated),
                ],
            },
        ],
        MainActions());

    public AdaptiveCard SummaryForm(Municipality municipality, string? district = null, string? unknownDistrict = null) => Card(
        text["Summary.Choose.Title"],
        [
            Title(text["Summary.Choose.Title"]),
            .. Problems(unknownDistrict is null ? [] : [text["Summary.UnknownDistrict", unknownDistrict]]),
            DistrictInput(municipality, district, "Summary.District"),
        ],
        [Execute("Summary.Submit", BotVerbs.Summary)]);

    private Fact Fact(string key, int value) => new(text[key], value.ToString(CultureInfo.CurrentCulture));

    private ColumnSet Capabilities() => new()
    {
        Columns =
        [
            new Column
            {
                Items =
                [
                    Paragraph(text["Help.Register"]),
                    Paragraph(text["Help.Find"]),
                    Paragraph(text["Help.Summary"]),
                    Paragraph(text["Help.Refer"]),
                    Paragraph(text["Help.Mine"]),
                    Paragraph(text["Help.Consent"]),
                    Paragraph(text["Help.Meeting"]),
                    Paragraph(text["Help.Budget"]),
                    Paragraph(text["Help.Success"]),
                    Paragraph(text["Help.Booking"]),
                    Paragraph(text["Help.Board"]),
                    Paragraph(text["Help.Help"]),
                ],
            },
        ],
    };

    private List<CardAction> MainActions() =>
    [
        Execute("Action.Register", BotVerbs.ShowRegister),
        Execute("Action.Find", BotVerbs.ShowFind),
        Execute("Action.Summary", BotVerbs.ShowSummary),
        Execute("Action.Refer", BotVerbs.ShowReferStart),
        Execute("Action.Mine", BotVerbs.ShowMine),
        Execute("Action.Meeting", BotVerbs.ShowMeetingForm),
    ];

    private ExecuteAction Execute(string titleKey, string verb) => new() { Title = text[titleKey], Verb = verb };

    private ChoiceSetInput DistrictInput(Municipality municipality, string? selected, string keyPrefix) => new()
    {
        Id = BotInputs.District,
        Label = text[$"{keyPrefix}.Label"],
        IsRequired = true,
        ErrorMessage = text[$"{keyPrefix}.Error"],
        Style = ChoiceInputStyle.Filtered,
        Choices = municipality.Districts.Select(d => new Choice(d.Name, d.Code)).ToList(),
        Value = selected,
    };

    private static IEnumerable<CardElement> Problems(IReadOnlyList<string> problems) =>
        problems.Select(p => new TextBlock { Text = p, Wrap = true, Color = TextColor.Attention });

    private static TextBlock Title(string title) =>
        new() { Text = title, Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Paragraph(string paragraph) => new() { Text = paragraph, Wrap = true };

    private static AdaptiveCard Card(string fallback, IList<CardElement> body, IList<CardAction>? actions) =>
        new() { Body = body, Actions = actions, FallbackText = fallback };
}
