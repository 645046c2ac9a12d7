using System.Globalization;
using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>Referring from the bot: the two-step form, "my referrals", and the cards around them.</summary>
public sealed partial class BotCards
{
    /// <summary>"My referrals" lists this many per section; the rest is counted.</summary>
    public const int MaxReferralLines = 10;

    /// <summary>Step one: where and what about, so the routing rules can suggest a receiver.</summary>
    public AdaptiveCard ReferStart(Municipality municipality, string? district = null, string? theme = null, string? initiative = null) => Card(
        text["Refer.Title"],
        [
            Title(text["Refer.Title"]),
            Paragraph(text["Refer.Start.Intro"]),
            DistrictInput(municipality, district, "Refer.District"),
            ThemeInput(municipality, theme),
        ],
        [Execute("Refer.Next", BotVerbs.ShowReferForm, new JsonObject { [ReferralFormInputs.Initiative] = initiative })]);

    /// <summary>Step two: the referral itself; after a refusal it comes back filled in, with the reasons on top.</summary>
    public AdaptiveCard ReferForm(
        Municipality municipality,
        District district,
        Theme theme,
        IReadOnlyList<Member> initiatives,
        IReadOnlyList<Colleague> receivers,
        Colleague? suggested,
        ReferralValues values,
        IReadOnlyList<string> problems)
    {
        var body = new List<CardElement>
        {
            Title(text["Refer.Title"]),
            new TextBlock { Text = text["Refer.Where", district.Name, theme.Name], Wrap = true, IsSubtle = true },
            new TextBlock { Text = text["Refer.Privacy"], Wrap = true, Color = TextColor.Warning, Weight = TextWeight.Bolder },
        };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        body.Add(Choices(ReferralFormInputs.Subject, "Refer.Subject", [(text["Refer.Subject.Question"], nameof(SubjectKind.ResidentQuestion)), (text["Refer.Subject.Initiative"], nameof(SubjectKind.Initiative))], values.Subject ?? (values.Initiative is null ? nameof(SubjectKind.ResidentQuestion) : nameof(SubjectKind.Initiative)), required: true));
        if (initiatives.Count > 0)
        {
            body.Add(Choices(ReferralFormInputs.Initiative, "Refer.Initiative", initiatives.Select(i => (i.Name, i.Id.ToString())).ToList(), values.Initiative, required: false, filtered: true));
        }

        body.Add(new TextInput
        {
            Id = ReferralFormInputs.Summary, Label = text["Refer.Summary.Label"], Placeholder = text["Refer.Summary.Placeholder"],
            IsRequired = true, ErrorMessage = text["Refer.Summary.Error"], MaxLength = ReferralLimits.SummaryLength, Value = values.Summary,
        });
        body.Add(new TextInput
        {
            Id = ReferralFormInputs.Details, Label = text["Refer.Details.Label"], Placeholder = text["Refer.Privacy"],
            IsMultiline = true, MaxLength = ReferralLimits.DetailsLength, Value = values.Details,
        });
        body.Add(Choices(ReferralFormInputs.Urgency, "Refer.Urgency", Enum.GetNames<Urgency>().Select(u => (text["Refer.Urgency." + u].Value, u)).ToList(), values.Urgency ?? nameof(Urgency.Normal), required: true));
        body.Add(Choices(
            ReferralFormInputs.Receiver,
            suggested is null ? "Refer.Receiver" : "Refer.Receiver.Suggested",
            receivers.Select(c => (c.Name, c.Id.Value)).ToList(),
            values.Receiver ?? suggested?.Id.Value,
            required: true,
            filtered: true));
        body.Add(new DateInput { Id = ReferralFormInputs.DueDate, Label = text["Refer.DueDate.Label"], Value = Date(values.DueDate) });
        body.Add(Choices(ReferralFormInputs.PersonalData, "Refer.PersonalData", [(text["Refer.PersonalData.No"], "false"), (text["Refer.PersonalData.Yes"], "true")], values.PersonalData ?? "false", required: true));
        body.Add(new TextInput
        {
            Id = ReferralFormInputs.ConsentGivenTo, Label = text["Refer.ConsentGivenTo.Label"], Placeholder = text["Refer.ConsentGivenTo.Placeholder"],
            MaxLength = ReferralLimits.ConsentGivenToLength, Value = values.ConsentGivenTo,
        });
        body.Add(new DateInput { Id = ReferralFormInputs.ConsentGivenOn, Label = text["Refer.ConsentGivenOn.Label"], Value = Date(values.ConsentGivenOn) });

        var data = new JsonObject { [BotInputs.District] = district.Code, [BotInputs.Theme] = theme.Id };
        return Card(text["Refer.Title"], body, [Execute("Refer.Submit", BotVerbs.Refer, data)]);
    }

    /// <summary>What I must handle and what I sent, open first by due date, with a picker that opens one.</summary>
    public AdaptiveCard Mine(IReadOnlyList<Referral> toHandle, IReadOnlyList<Referral> sent)
    {
        var body = new List<CardElement> { Title(text["Mine.Title"]) };
        body.AddRange(Section("Mine.ToHandle", toHandle));
        body.AddRange(Section("Mine.Sent", sent));
        var all = toHandle.Concat(sent).DistinctBy(r => r.Id).Take(MaxReferralLines * 2).ToList();
        if (all.Count == 0)
        {
            return Card(text["Mine.Title"], [.. body, Paragraph(text["Mine.None"])], [Execute("Action.Refer", BotVerbs.ShowReferStart)]);
        }

        body.Add(new ChoiceSetInput
        {
            Id = ReferralFormInputs.Referral,
            Label = text["Mine.Open.Label"],
            IsRequired = true,
            ErrorMessage = text["Mine.Open.Error"],
            Choices = all.Select(r => new Choice(r.Summary, r.Id.ToString())).ToList(),
        });
        return Card(text["Mine.Title"], body, [Execute("Mine.Open", BotVerbs.ShowReferral), Execute("Action.Refer", BotVerbs.ShowReferStart)]);
    }

    public AdaptiveCard NotAColleague() => Message("Refer.Title", "Refer.NotAColleague");

    public AdaptiveCard UnknownReferral() => Message("Refer.Title", "Refer.Unknown");

    private IEnumerable<CardElement> Section(string titleKey, IReadOnlyList<Referral> referrals)
    {
        yield return new TextBlock { Text = text[titleKey, referrals.Count], Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
        foreach (var r in referrals.Take(MaxReferralLines))
        {
            yield return new TextBlock
            {
                Text = text["Mine.Line", r.Summary, text["Status." + r.Status], r.DueDate.ToString("d MMM", CultureInfo.CurrentCulture)],
                Wrap = true,
                Spacing = Spacing.None,
            };
        }

        if (referrals.Count > MaxReferralLines)
        {
            yield return new TextBlock { Text = text["Find.Results.More", referrals.Count - MaxReferralLines], IsSubtle = true, Wrap = true };
        }
    }

    private ChoiceSetInput ThemeInput(Municipality municipality, string? selected) => new()
    {
        Id = BotInputs.Theme,
        Label = text["Refer.Theme.Label"],
        IsRequired = true,
        ErrorMessage = text["Refer.Theme.Error"],
        Choices = municipality.Themes.Select(t => new Choice(t.Name, t.Id)).ToList(),
        Value = selected,
    };

    private ChoiceSetInput Choices(string id, string keyPrefix, IReadOnlyList<(string Title, string Value)> choices, string? selected, bool required, bool filtered = false) => new()
    {
        Id = id,
        Label = text[keyPrefix + ".Label"],
        IsRequired = required ? true : null,
        ErrorMessage = required ? text[keyPrefix + ".Error"].Value : null,
        Style = filtered ? ChoiceInputStyle.Filtered : ChoiceInputStyle.Compact,
        Choices = choices.Select(c => new Choice(c.Title, c.Value)).ToList(),
        Value = selected,
    };

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private ExecuteAction Execute(string titleKey, string verb, JsonObject data) => new() { Title = text[titleKey], Verb = verb, Data = data };
}
