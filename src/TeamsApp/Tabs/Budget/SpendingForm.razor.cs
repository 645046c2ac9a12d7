using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>Reads the amount as the tab API does, asks <see cref="BudgetService.SpendAsync"/>, and shows each refusal at its field.</summary>
public sealed partial class SpendingForm
{
    private static readonly string[] FieldsShown = ["request", "amount", "note"];

    /// <summary>The page's own code for a request that no longer exists (the domain answers null).</summary>
    private const string Gone = "Request.NotFound";

    private string? request;
    private string? amount;
    private string? note;
    private string? saved;
    private FormErrors? form;

    /// <summary>The granted requests the user may register spending on (<see cref="BudgetService.MaySpend"/>).</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<Referral> Requests { get; set; }

    [Parameter]
    public EventCallback<Referral> OnSpent { get; set; }

    [Inject]
    public required BudgetService Budget { get; set; }

    [Inject]
    public required ApiProblems Problems { get; set; }

    [Inject]
    public required PageAudit PageAudit { get; set; }

    [Inject]
    public required IStringLocalizer<BudgetTexts> Text { get; set; }

    [CascadingParameter]
    public required TabUser User { get; set; }

    private string Reason(ValidationError error) => error.Code == Gone ? Text[Gone] : Problems.Reason(error);

    /// <summary>The form's refusals, at their fields or above the form.</summary>
    private FormErrors Form => form ??= new("budget-spend", FieldsShown.Contains, Reason);

    private async Task SpendAsync()
    {
        saved = null;
        var input = new List<ValidationError>();
        ReferralId? id = ReferralId.TryParse(request, out var parsed) ? parsed : null;
        if (id is null)
        {
            input.Add(new("request", ValidationCodes.Required));
        }

        var value = BudgetRequestReader.Amount(amount, "amount", input);
        var result = input.Count > 0
            ? Result<Referral>.Refused(input)
            : await Budget.SpendAsync(id!.Value, User.Id, value, note, CancellationToken.None) ?? Result<Referral>.Refused([new("request", Gone)]);
        await PageAudit.RecordAsync(User, "budget.spend", "referral", id?.ToString(), result);
        Form.Set(result.IsValid ? [] : result.Errors);
        if (result.IsValid)
        {
            saved = Text["Spend.Saved", Text["Amount", value!.Value], result.Value!.Budget!.Initiative];
            (request, amount, note) = (null, null, null);
            await OnSpent.InvokeAsync(result.Value);
        }
    }
}
