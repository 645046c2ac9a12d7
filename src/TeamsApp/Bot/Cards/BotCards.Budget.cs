using System.Globalization;
using System.Text.Json.Nodes;
using Wijkverbinder.Cards;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Notifications.Cards;

namespace Wijkverbinder.TeamsApp.Bot.Cards;

/// <summary>
/// Aanjaagbudget on cards: the request form, and the budget holder's assessment card with the checklist, the ledger of
/// the area and grant or decline with a reason. A refused form or decision comes back filled in, reasons on top.
/// </summary>
public sealed partial class BotCards
{
    public AdaptiveCard BudgetForm(Municipality municipality, Colleague requester, BudgetValues values, IReadOnlyList<string> problems, DateOnly today)
    {
        var body = new List<CardElement> { Title(text["Budget.Title"]), new TextBlock { Text = text["Budget.Intro"], Wrap = true, IsSubtle = true } };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        body.Add(Required(BudgetFormInputs.Initiative, "Budget.Initiative", values.Initiative, BudgetLimits.InitiativeLength));
        body.Add(new TextInput
        {
            Id = BudgetFormInputs.Amount, Label = text["Budget.Amount.Label"], Placeholder = text["Budget.Amount.Placeholder"], IsRequired = true,
            ErrorMessage = text["Budget.Amount.Error"], MaxLength = 20, Value = values.Amount,
        });
        body.Add(Required(BudgetFormInputs.Purpose, "Budget.Purpose", values.Purpose, BudgetLimits.PurposeLength, multiline: true));
        body.Add(new ChoiceSetInput
        {
            Id = BotInputs.District, Label = text["Budget.District.Label"], IsRequired = true, ErrorMessage = text["Budget.District.Error"], Style = ChoiceInputStyle.Filtered,
            Choices = municipality.Districts.OrderBy(d => requester.Districts.Contains(d.Code) ? 0 : 1).ThenBy(d => d.Name, StringComparer.CurrentCulture).Select(d => new Choice(d.Name, d.Code)).ToList(),
            Value = values.District ?? requester.Districts.FirstOrDefault(),
        });
        body.Add(new ChoiceSetInput
        {
            Id = BotInputs.Themes, Label = text["Budget.Themes.Label"], IsMultiSelect = true,
            Choices = municipality.Themes.Select(t => new Choice(t.Name, t.Id)).ToList(), Value = values.Themes,
        });
        body.Add(Required(BudgetFormInputs.Contribution, "Budget.Contribution", values.Contribution, BudgetLimits.ContributionLength, multiline: true));
        body.Add(new TextInput { Id = BudgetFormInputs.OtherFunds, Label = text["Budget.OtherFunds.Label"], MaxLength = BudgetLimits.OtherFundsLength, Value = values.OtherFunds });
        body.Add(new DateInput
        {
            Id = BudgetFormInputs.StartDate, Label = text["Budget.Start.Label"], IsRequired = true, ErrorMessage = text["Budget.Start.Error"],
            Min = today, Value = DateOnly.TryParseExact(values.StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? start : null,
        });
        return Card(text["Budget.Title"], body, [Execute("Budget.Submit", BotVerbs.SubmitBudget)]);
    }

    public AdaptiveCard BudgetSubmitted(Referral request, string holder) => Card(
        text["Budget.Title"],
        [Title(text["Budget.Title"]), Paragraph(text["Budget.Submitted", request.Budget!.Initiative, request.Budget.Amount, holder])],
        [Execute("Action.Mine", BotVerbs.ShowMine)]);

    /// <summary>The holder's card: the request, what the area has left, the checklist, and grant or decline.</summary>
    public AdaptiveCard BudgetAssessment(
        Referral request,
        IReadOnlyList<BudgetCriterion> criteria,
        AreaBudget ledger,
        string areaName,
        AssessmentValues values,
        IReadOnlyList<string> problems)
    {
        var b = request.Budget!;
        var body = new List<CardElement> { Title(text["Budget.Assess.Title"]) };
        if (problems.Count > 0)
        {
            body.AddRange(Problems([text["Register.Fix"], .. problems]));
        }

        var facts = new List<Fact>
        {
            new(text["Budget.Fact.Initiative"], b.Initiative),
            new(text["Budget.Fact.Amount"], Money(b.Amount)),
            new(text["Budget.Fact.Purpose"], b.Purpose),
            new(text["Budget.Fact.Themes"], string.Join(", ", b.Themes)),
            new(text["Budget.Fact.Contribution"], b.ResidentContribution),
            new(text["Budget.Fact.Start"], b.StartDate.ToString("d", CultureInfo.CurrentCulture)),
            new(text["Budget.Fact.Left", areaName], Money(ledger.Left)),
        };
        if (b.OtherFunds is { } funds)
        {
            facts.Insert(5, new(text["Budget.Fact.OtherFunds"], funds));
        }

        body.Add(new FactSet { Facts = facts });
        body.Add(new TextBlock { Text = text["Budget.Checklist"], Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium, Separator = true });
        foreach (var criterion in criteria)
        {
            if (BudgetChecklist.Computed(criterion.Check, b) is { } met)
            {
                body.Add(Paragraph(text["Budget.Computed", criterion.Text, met ? text["Budget.Yes"] : text["Budget.No"]]));
            }
            else
            {
                body.Add(new ToggleInput
                {
                    Id = BudgetFormInputs.MetPrefix + criterion.Id, Label = criterion.Text, Title = text["Budget.Met"],
                    ValueOn = "true", ValueOff = "false", Value = values.Met.GetValueOrDefault(criterion.Id) ? "true" : "false",
                });
            }

            body.Add(new TextInput
            {
                Id = BudgetFormInputs.NotePrefix + criterion.Id, Label = text["Budget.Note.Label", criterion.Text], MaxLength = ReferralLimits.NoteLength,
                Value = values.Notes.GetValueOrDefault(criterion.Id),
            });
        }

        body.Add(new TextInput
        {
            Id = BudgetFormInputs.Amount, Label = text["Budget.Granted.Label"], MaxLength = 20, Spacing = Spacing.Medium, Separator = true,
            Value = values.Amount ?? b.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        });
        body.Add(Required(BudgetFormInputs.Reason, "Budget.Reason", values.Reason, ReferralLimits.NoteLength, multiline: true));
        return Card(
            text["Budget.Assess.Title"],
            body,
            [ForRequest("Budget.Grant", BotVerbs.GrantBudget, request.Id, ActionStyle.Positive), ForRequest("Budget.Decline", BotVerbs.DeclineBudget, request.Id, ActionStyle.Destructive)]);
    }

    public AdaptiveCard BudgetDecided(Referral request)
    {
        var b = request.Budget!;
        var outcome = request.Status == ReferralStatus.Completed && b.Granted is { } granted
            ? text["Budget.Decided.Granted", granted, b.Initiative]
            : text["Budget.Decided.Declined", b.Initiative];
        return Card(
            text["Budget.Assess.Title"],
            [Title(text["Budget.Assess.Title"]), Paragraph(outcome), Paragraph(text["Budget.Decided.Reason", request.Outcome ?? request.DeclineReason ?? string.Empty])],
            null);
    }

    public AdaptiveCard UnknownBudgetRequest() => Message("Budget.Assess.Title", "Budget.Unknown");

    private string Money(decimal amount) => text["Budget.Money", amount];

    private TextInput Required(string id, string keyPrefix, string? value, int maxLength, bool multiline = false) => new()
    {
        Id = id, Label = text[keyPrefix + ".Label"], IsRequired = true, ErrorMessage = text[keyPrefix + ".Error"], MaxLength = maxLength,
        IsMultiline = multiline, Value = value,
    };

    private ExecuteAction ForRequest(string titleKey, string verb, ReferralId id, ActionStyle style) => new()
    {
        Title = text[titleKey], Verb = verb, Style = style, Data = new JsonObject { [ReferralVerbs.ReferralIdField] = id.ToString() },
    };
}
