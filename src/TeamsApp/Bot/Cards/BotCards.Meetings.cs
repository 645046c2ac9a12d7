using System.Globalization;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Meetings;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>
/// Planning a meeting from the bot, in two steps: first what, where, on which themes and when; then the same form
/// with the invitees the network suggests for that place and those themes (all selected), and the colleagues to add.
/// A refused form comes back filled in, with the reasons on top.
/// </summary>
public sealed partial class BotCards
{
    public AdaptiveCard MeetingForm(
        Municipality municipality,
        Colleague organiser,
        MeetingValues values,
        IReadOnlyList<SuggestedInvitee>? suggestions,
        IReadOnlyList<Colleague> colleagues,
        IReadOnlyList<string> problems,
        DateOnly today)
    {
        var body = new List<CardElement> { Title(text["Meeting.Title"]), new TextBlock { Text = text["Meeting.Intro"], Wrap = true, IsSubtle = true } };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        body.Add(Choices(
            MeetingFormInputs.Kind, "Meeting.Kind", Enum.GetNames<MeetingKind>().Select(k => (text["Meeting.Kind." + k].Value, k)).ToList(),
            values.Kind ?? nameof(MeetingKind.ThemeMeeting), required: true));
        body.Add(new TextInput
        {
            Id = MeetingFormInputs.Title, Label = text["Meeting.Title.Label"], Placeholder = text["Meeting.Title.Placeholder"], IsRequired = true,
            ErrorMessage = text["Meeting.Title.Error"], MaxLength = MeetingLimits.TitleLength, Value = values.Title,
        });
        body.Add(Choices(MeetingFormInputs.Scope, "Meeting.Scope", Scopes(municipality, organiser), values.Scope ?? organiser.Districts.FirstOrDefault(), required: true, filtered: true));
        body.Add(new ChoiceSetInput
        {
            Id = BotInputs.Themes, Label = text["Meeting.Themes.Label"], IsMultiSelect = true,
            Choices = municipality.Themes.Select(t => new Choice(t.Name, t.Id)).ToList(), Value = values.Themes,
        });
        body.Add(new DateInput
        {
            Id = MeetingFormInputs.Date, Label = text["Meeting.Date.Label"], IsRequired = true, ErrorMessage = text["Meeting.Date.Error"],
            Min = today, Value = Date(values.Date),
        });
        body.Add(new ColumnSet
        {
            Columns =
            [
                new Column { Items = [Time(MeetingFormInputs.Start, "Meeting.Start", values.Start)] },
                new Column { Items = [Time(MeetingFormInputs.End, "Meeting.End", values.End)] },
            ],
        });
        body.Add(new TextInput
        {
            Id = MeetingFormInputs.Location, Label = text["Meeting.Location.Label"], Placeholder = text["Meeting.Location.Placeholder"],
            MaxLength = MeetingLimits.LocationLength, Value = values.Location,
        });
        body.Add(new ToggleInput
        {
            Id = MeetingFormInputs.Online, Label = text["Meeting.Online.Label"], Title = text["Meeting.Online.Title"],
            ValueOn = "true", ValueOff = "false", Value = values.Online == "true" ? "true" : "false",
        });
        body.Add(new TextInput
        {
            Id = MeetingFormInputs.Agenda, Label = text["Meeting.Agenda.Label"], Placeholder = text["Meeting.Agenda.Placeholder"],
            IsMultiline = true, MaxLength = MeetingLimits.AgendaLength, Value = values.Agenda,
        });

        if (suggestions is null)
        {
            return Card(text["Meeting.Title"], body, [Execute("Meeting.Next", BotVerbs.SuggestInvitees)]);
        }

        body.AddRange(Invitees(suggestions, values.Invitees));
        body.Add(new ChoiceSetInput
        {
            Id = MeetingFormInputs.Colleagues, Label = text["Meeting.Colleagues.Label"], IsMultiSelect = true, Style = ChoiceInputStyle.Filtered,
            Choices = colleagues.Select(c => new Choice(c.Name, c.Id.Value)).ToList(), Value = values.Colleagues,
        });
        return Card(text["Meeting.Title"], body, [Execute("Meeting.Submit", BotVerbs.PlanMeeting), Execute("Meeting.Suggest", BotVerbs.SuggestInvitees)]);
    }

    /// <summary>The organiser's own districts first, then the other districts, then the areas (a meeting for a whole area).</summary>
    private List<(string Title, string Value)> Scopes(Municipality municipality, Colleague organiser) =>
    [
        .. municipality.Districts.OrderBy(d => organiser.Districts.Contains(d.Code) ? 0 : 1).ThenBy(d => d.Name, StringComparer.CurrentCulture).Select(d => (d.Name, d.Code)),
        .. municipality.Areas.Select(a => (text["Meeting.Scope.Area", a.Name].Value, a.Id.ToString())),
    ];

    private IEnumerable<CardElement> Invitees(IReadOnlyList<SuggestedInvitee> suggestions, IReadOnlySet<string>? chosen)
    {
        yield return new TextBlock { Text = text["Meeting.Invitees.Title"], Size = TextSize.Medium, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Large, Separator = true };
        if (suggestions.Count == 0)
        {
            yield return Paragraph(text["Meeting.Invitees.None"]);
            yield break;
        }

        yield return new TextBlock { Text = text["Meeting.Invitees.Intro"], Wrap = true, IsSubtle = true };
        var shown = suggestions.Take(MeetingLimits.MaxInvitees).ToList();
        var index = 0;
        foreach (var group in shown.GroupBy(s => s.Kind))
        {
            yield return new TextBlock { Text = text["Meeting.Invitees.Group." + group.Key, group.Count()], Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
            foreach (var suggestion in group)
            {
                var reference = InviteeRef.For(suggestion.Id).ToString();
                var marks = new List<string> { suggestion.Name };
                if (suggestion.IsNew)
                {
                    marks.Add(text["Meeting.Invitees.New"]);
                }

                if (suggestion.NotMetLastYear)
                {
                    marks.Add(text["Meeting.Invitees.NotMet"]);
                }

                yield return new ToggleInput
                {
                    Id = MeetingFormInputs.InvitePrefix + (index++).ToString(CultureInfo.InvariantCulture),
                    Label = string.Join(" · ", marks),
                    Title = text["Meeting.Invitees.Invite"],
                    ValueOn = reference,
                    ValueOff = "-",
                    Value = chosen is null || chosen.Contains(reference) ? reference : "-",
                    Spacing = Spacing.Small,
                };
            }
        }

        if (suggestions.Count > shown.Count)
        {
            yield return new TextBlock { Text = text["Meeting.Invitees.More", suggestions.Count - shown.Count], IsSubtle = true, Wrap = true };
        }
    }

    private TimeInput Time(string id, string keyPrefix, string? value) => new()
    {
        Id = id,
        Label = text[keyPrefix + ".Label"],
        IsRequired = true,
        ErrorMessage = text[keyPrefix + ".Error"],
        Value = value is not null && TimeOnly.TryParseExact(value.Length > 5 ? value[..5] : value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null,
    };
}
