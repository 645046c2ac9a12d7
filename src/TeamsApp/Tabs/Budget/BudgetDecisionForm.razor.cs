using System.Globalization;
using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>
/// Grants or declines a budget request through <see cref="BudgetService.GrantAsync"/> and
/// <see cref="BudgetService.DeclineAsync"/>, the same calls as the card and the tab API, with the amount read as they
/// read it; records the decision as the page's audit record of the request.
/// </summary>
public sealed partial class BudgetDecisionForm
{
    /// <summary>The request went away meanwhile: said in the page's words, as the spending form does.</summary>
    private const string Gone = "Request.NotFound";

    private static readonly string[] FieldsShown = ["amount", "reason"];

    private readonly Dictionary<string, bool> answers = [];
    private readonly Dictionary<string, string?> notes = [];
    private string? amount;
    private string? reason;
    private bool busy;
    private FormErrors? form;

    /// <summary>A budget request the user may decide on now (its receiver, in a status that allows a decision).</summary>
    [Parameter, EditorRequired]
    public required Referral Request { get; set; }

    /// <summary>Called with the outcome's text after a decision was saved.</summary>
    [Parameter]
    public EventCallback<string> OnDecided { get; set; }

    [Inject]
    public required BudgetService Budget { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Inject]
    public required Microsoft.Extensions.Localization.IStringLocalizer<Resources.BudgetTexts> Text { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    protected override void OnParametersSet()
    {
        foreach (var criterion in Budget.Criteria)
        {
            answers.TryAdd(criterion.Id, false);
        }

        amount ??= Request.Budget!.Amount.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private bool? Computed(BudgetCriterion criterion) => BudgetChecklist.Computed(criterion.Check, Request.Budget!);

    /// <summary>The form's refusals, at their fields or above the form.</summary>
    private FormErrors Form => form ??= new("budget-decide", f => FieldsShown.Contains(f) || f.StartsWith("checklist.", StringComparison.Ordinal), Reason);

    private string Reason(ValidationError error) => error.Code == Gone ? Text[Gone] : Problems.Reason(error);

    private async Task DecideAsync(bool grant)
    {
        busy = true;
        try
        {
            var input = new List<ValidationError>();
            var value = grant ? BudgetRequestReader.Amount(amount, "amount", input) : null;
            var checklist = Budget.Criteria.Where(c => Computed(c) is null)
                .Select(c => new ChecklistAnswer(c.Id, answers[c.Id], string.IsNullOrWhiteSpace(notes.GetValueOrDefault(c.Id)) ? null : notes[c.Id]))
                .ToList();
            var id = Request.Id;
            var result = input.Count > 0
                ? Result<Referral>.Refused(input)
                : grant
                    ? await Budget.GrantAsync(id, User.Id, value, reason, checklist, CancellationToken.None)
                    : await Budget.DeclineAsync(id, User.Id, reason, checklist, CancellationToken.None);
            result ??= Result<Referral>.Refused([new("request", Gone)]);
            await PageAudit.RecordAsync(User, grant ? "budget.grant" : "budget.decline", "referral", id.ToString(), result);
            Form.Set(result.IsValid ? [] : result.Errors);
            if (result.IsValid)
            {
                await OnDecided.InvokeAsync(grant
                    ? Text["Decide.Granted", Text["Amount", value!.Value], Request.Budget!.Initiative]
                    : Text["Decide.Declined", Request.Budget!.Initiative]);
            }
        }
        finally
        {
            busy = false;
        }
    }
}
