using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>Validation problems as a form shows them: "field label: reason".</summary>
public sealed partial class BotCards
{
    private static readonly Dictionary<string, string> FieldLabels = new(StringComparer.Ordinal)
    {
        ["name"] = "Register.Name.Label",
        ["districts"] = "Register.District.Label",
        ["themes"] = "Register.Themes.Label",
        ["initiator"] = "Register.Initiator.Label",
        ["description"] = "Register.Description.Label",
        ["kind"] = "Meeting.Kind.Label",
        ["title"] = "Meeting.Title.Label",
        ["scope"] = "Meeting.Scope.Label",
        ["date"] = "Meeting.Date.Label",
        ["start"] = "Meeting.Start.Label",
        ["end"] = "Meeting.End.Label",
        ["location"] = "Meeting.Location.Label",
        ["agenda"] = "Meeting.Agenda.Label",
        ["invitees"] = "Meeting.Invitees.Title",
    };

    /// <summary>The reasons come from the API's messages: a card and the API say the same thing in the same words.</summary>
    public string Problem(ValidationError error) => Problem(error, FieldLabels);

    /// <summary>With a form's own labels.</summary>
    private string Problem(ValidationError error, IReadOnlyDictionary<string, string> labels)
    {
        var field = error.Field.Split('[', '.')[0];
        var label = labels.TryGetValue(field, out var key) ? text[key].Value : field;
        return $"{label}: {Wijkverbinder.TeamsApp.Problems.Reasons.Of(reasons, error)}";
    }
}
