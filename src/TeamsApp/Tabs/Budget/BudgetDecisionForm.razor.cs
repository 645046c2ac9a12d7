using System.Globalization;
using Microsoft.AspNetCore.Components;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Tabs.Identity;

namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>
/// Grants or declines a budget request through <see cref="BudgetService.GrantAsync"/> and
/// <see cref="BudgetService.DeclineAsync"/>, the same calls as the card and the tab API, with the amount read as they
/// read it; records the decision as the page's audit record of the request.
/// </summary>
public sealed partial class BudgetDecisionForm
{
    private static readonly string[] FieldsShown = ["amount", "reason"];

    private readonly Dictionary<string, bool> answers = [];
    private readonly Dictionary<string, string?> notes = [];
    private string? amount;
    private string? reason;
    private bool busy;
    private IReadOnlyList<ValidationError> errors = [];

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

    /// <summary>Refusals without a field on the form (not the holder, decided meanwhile, not enough left, gone).</summary>
    private List<string> Others => [.. errors.Where(e => !FieldsShown.Contains(e.Field) && !e.Field.StartsWith("checklist.", StringComparison.Ordinal)).Select(Problems.Reason)];

    protected override void OnParametersSet()
    {
        foreach (var criterion in Budget.Criteria)
        {
            answers.TryAdd(criterion.Id, false);
        }

        amount ??= Request.Budget!.Amount.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private bool? Computed(BudgetCriterion criterion) => BudgetChecklist.Computed(criterion.Check, Request.Budget!);

    private List<string> ErrorsAt(string field) => [.. errors.Where(e => e.Field == field).Select(Problems.Reason)];

    private string? Invalid(string field) => errors.Any(e => e.Field == field) ? "true" : null;

    private string? ErrorId(string field) => errors.Any(e => e.Field == field) ? $"budget-decide-{field.Replace('.', '-')}-error" : null;

    private string Described(string field) => string.Join(' ', new[] { $"budget-decide-{field}-hint", ErrorId(field) }.OfType<string>());

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
            result ??= Result<Referral>.Refused([new("request", ValidationCodes.UnknownValue)]);
            await PageAudit.RecordAsync(User, grant ? "budget.grant" : "budget.decline", "referral", id.ToString(), result);
            errors = result.IsValid ? [] : result.Errors;
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
