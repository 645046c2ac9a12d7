using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>"bestuur" on cards: the short form of a request for access to the board, and to whom it went.</summary>
public sealed partial class BotCards
{
    private static readonly Dictionary<string, string> BoardAccessLabels = new(StringComparer.Ordinal)
    {
        ["summary"] = "Board.What.Label",
        [BotInputs.District] = "Board.District.Label",
        [BotInputs.Theme] = "Board.Theme.Label",
        [BoardAccessFormInputs.PreferredPeriod] = "Board.Period.Label",
        [BoardAccessFormInputs.FromTheBoard] = "Board.FromTheBoard.Label",
        ["receiver"] = "Board.Receiver",
    };

    public AdaptiveCard BoardAccessForm(Municipality municipality, Colleague requester, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> problems)
    {
        // A request is about a district the user works in (the referral's rule), so only those are offered.
        var districts = municipality.Districts.Where(d => requester.Districts.Contains(d.Code)).OrderBy(d => d.Name, StringComparer.CurrentCulture).ToList();
        if (districts.Count == 0)
        {
            return Card(text["Board.Title"], [Title(text["Board.Title"]), Paragraph(text["Board.NoDistricts"])], null);
        }

        var body = new List<CardElement> { Title(text["Board.Title"]), new TextBlock { Text = text["Board.Intro"], Wrap = true, IsSubtle = true } };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        body.Add(Required(BoardAccessFormInputs.What, "Board.What", values.GetValueOrDefault(BoardAccessFormInputs.What), ReferralLimits.SummaryLength, multiline: true));
        body.Add(new ChoiceSetInput
        {
            Id = BotInputs.District, Label = text["Board.District.Label"], IsRequired = true, ErrorMessage = text["Board.District.Error"],
            Choices = districts.Select(d => new Choice(d.Name, d.Code)).ToList(), Value = values.GetValueOrDefault(BotInputs.District) ?? districts[0].Code,
        });
        body.Add(new ChoiceSetInput
        {
            Id = BotInputs.Theme, Label = text["Board.Theme.Label"], IsRequired = true, ErrorMessage = text["Board.Theme.Error"],
            Choices = municipality.Themes.Select(t => new Choice(t.Name, t.Id)).ToList(), Value = values.GetValueOrDefault(BotInputs.Theme),
        });
        body.Add(new TextInput
        {
            Id = BoardAccessFormInputs.PreferredPeriod, Label = text["Board.Period.Label"], Placeholder = text["Board.Period.Placeholder"], IsRequired = true,
            ErrorMessage = text["Board.Period.Error"], MaxLength = BudgetLimits.PeriodLength, Value = values.GetValueOrDefault(BoardAccessFormInputs.PreferredPeriod),
        });
        body.Add(new TextInput
        {
            Id = BoardAccessFormInputs.FromTheBoard, Label = text["Board.FromTheBoard.Label"], MaxLength = BudgetLimits.FromTheBoardLength,
            Value = values.GetValueOrDefault(BoardAccessFormInputs.FromTheBoard),
        });
        return Card(text["Board.Title"], body, [Execute("Board.Submit", BotVerbs.RequestBoardAccess)]);
    }

    public AdaptiveCard BoardAccessSent(Referral request, string official) => Card(
        text["Board.Title"],
        [Title(text["Board.Title"]), Paragraph(text["Board.Sent", request.Summary, official])],
        [Execute("Action.Mine", BotVerbs.ShowMine)]);

    public string BoardAccessProblem(ValidationError error) => Problem(error, BoardAccessLabels);
}
