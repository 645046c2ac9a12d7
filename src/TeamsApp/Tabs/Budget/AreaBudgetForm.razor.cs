using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Audit;
using Wijkverbinder.TeamsApp.Budget;
using Wijkverbinder.TeamsApp.Problems;
using Wijkverbinder.TeamsApp.Resources;
using Wijkverbinder.TeamsApp.Tabs.Identity;
using Wijkverbinder.TeamsApp.Tabs.Shell;

namespace Wijkverbinder.TeamsApp.Tabs.Budget;

/// <summary>Reads the amount as the tab API does (Dutch or plain), asks <see cref="BudgetService.SetAsync"/>, and shows each refusal at its field.</summary>
public sealed partial class AreaBudgetForm
{
    private static readonly string[] FieldsShown = ["area", "amount", "holder"];

    private string? area;
    private string? amount;
    private string? holder;
    private string? saved;
    private int shownYear;
    private FormErrors? form;

    [Parameter, EditorRequired]
    public required Municipality Municipality { get; set; }

    /// <summary>The areas the user may set the budget of (<see cref="BudgetService.MayManage"/>).</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<Area> Areas { get; set; }

    /// <summary>The year's ledgers, to fill in an area's current amount and holder.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<AreaBudget> Ledgers { get; set; }

    [Parameter, EditorRequired]
    public required IReadOnlyList<Colleague> Colleagues { get; set; }

    [Parameter, EditorRequired]
    public required int Year { get; set; }

    [Parameter]
    public EventCallback<AreaBudget> OnSaved { get; set; }

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

    /// <summary>Another year chosen on the page: what was filled in belonged to the year before.</summary>
    protected override void OnParametersSet()
    {
        if (Year != shownYear)
        {
            (shownYear, area, amount, holder, saved) = (Year, null, null, null, null);
            Form.Clear();
        }
    }

    /// <summary>Choosing an area fills in what it has now, in plain notation so it reads back the same in either language.</summary>
    private void Choose(string? chosen)
    {
        area = chosen;
        var ledger = Ledgers.FirstOrDefault(l => l.Area.ToString() == chosen);
        amount = ledger is { Amount: > 0 } ? ledger.Amount.ToString("0.00", CultureInfo.InvariantCulture) : null;
        holder = ledger?.Holder?.Value;
    }

    /// <summary>The form's refusals, at their fields or above the form.</summary>
    private FormErrors Form => form ??= new("budget-set", FieldsShown.Contains, Problems.Reason);

    private async Task SaveAsync()
    {
        saved = null;
        var input = new List<ValidationError>();
        if (string.IsNullOrEmpty(area))
        {
            input.Add(new("area", ValidationCodes.Required));
        }

        var value = BudgetRequestReader.Amount(amount, "amount", input);
        ColleagueId? holderId = ColleagueId.TryParse(holder, out var id) ? id : null;
        var result = input.Count > 0
            ? Result<AreaBudget>.Refused(input)
            : await Budget.SetAsync(Municipality, area, Year, value, holderId, User.Id, CancellationToken.None);
        await PageAudit.RecordAsync(User, "budget.set", "areaBudget", $"{area}|{Year}", result);
        Form.Set(result.IsValid ? [] : result.Errors);
        if (result.IsValid)
        {
            var ledger = result.Value!;
            var name = Municipality.FindArea(ledger.Area)?.Name ?? ledger.Area.ToString();
            var holderName = Colleagues.FirstOrDefault(c => c.Id == ledger.Holder)?.Name ?? ledger.Holder?.Value ?? string.Empty;
            saved = Text["Set.Saved", name, ledger.Year, Text["Amount", ledger.Amount], holderName];
            await OnSaved.InvokeAsync(ledger);
        }
    }
}
