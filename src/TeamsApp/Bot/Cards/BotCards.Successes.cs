using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>"succes" on cards: the form (an initiative of the user's areas, the story, a video link) and what it saved.</summary>
public sealed partial class BotCards
{
    private static readonly Dictionary<string, string> SuccessLabels = new(StringComparer.Ordinal)
    {
        [SuccessFormInputs.Initiative] = "Success.Initiative.Label",
        [SuccessFormInputs.Story] = "Success.Story.Label",
        [SuccessFormInputs.Video] = "Success.Video.Label",
    };

    public AdaptiveCard SuccessForm(Municipality municipality, IReadOnlyList<Initiative> initiatives, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> problems)
    {
        if (initiatives.Count == 0)
        {
            return Card(text["Success.Title"], [Title(text["Success.Title"]), Paragraph(text["Success.NoInitiatives"])], null);
        }

        var body = new List<CardElement> { Title(text["Success.Title"]), new TextBlock { Text = text["Success.Intro"], Wrap = true, IsSubtle = true } };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        body.Add(new ChoiceSetInput
        {
            Id = SuccessFormInputs.Initiative, Label = text["Success.Initiative.Label"], IsRequired = true, ErrorMessage = text["Success.Initiative.Error"],
            Style = ChoiceInputStyle.Filtered,
            Choices = initiatives.Select(i => new Choice(text["Success.Choice", i.Name, municipality.FindArea(i.Id.Area)?.Name ?? i.Id.Area.ToString()], i.Id.ToString())).ToList(),
            Value = values.GetValueOrDefault(SuccessFormInputs.Initiative),
        });
        body.Add(new TextInput
        {
            Id = SuccessFormInputs.Story, Label = text["Success.Story.Label"], Placeholder = text["Success.Story.Placeholder", SuccessLimits.StoryLength], IsRequired = true,
            ErrorMessage = text["Success.Story.Error"], IsMultiline = true, MaxLength = SuccessLimits.StoryLength, Value = values.GetValueOrDefault(SuccessFormInputs.Story),
        });
        body.Add(new TextInput
        {
            Id = SuccessFormInputs.Video, Label = text["Success.Video.Label"], Placeholder = "https://", Style = TextInputStyle.Url,
            MaxLength = SuccessLimits.VideoLinkLength, Value = values.GetValueOrDefault(SuccessFormInputs.Video),
        });
        return Card(text["Success.Title"], body, [Execute("Success.Submit", BotVerbs.MarkSuccess)]);
    }

    public AdaptiveCard SuccessMarked(Success success, string areaName) => Card(
        text["Success.Title"],
        [Title(text["Success.Title"]), Paragraph(text["Success.Marked", success.InitiativeName, areaName]), new TextBlock { Text = success.Story, Wrap = true, IsSubtle = true }],
        null);

    public string SuccessProblem(ValidationError error) => Problem(error, SuccessLabels);
}
