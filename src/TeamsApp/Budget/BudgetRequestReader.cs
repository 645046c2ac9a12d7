using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.TeamsApp.Budget.Contracts;
using Wijkverbinder.TeamsApp.Network;
using Wijkverbinder.TeamsApp.Referrals;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>Reads the budget bodies (the tab API's and the card's) into drafts, noting every field that does not parse.</summary>
internal static class BudgetRequestReader
{
    public static (BudgetDraft Draft, List<ValidationError> Errors) Read(BudgetRequestBody body)
    {
        var reader = new RequestReader();
        var draft = new BudgetDraft
        {
            Initiative = body.Initiative,
            Amount = Amount(body.Amount, "amount", reader.Errors),
            Purpose = body.Purpose,
            Themes = reader.Codes(body.Themes, "themes"),
            ResidentContribution = body.ResidentContribution,
            OtherFunds = body.OtherFunds,
            StartDate = reader.Date(body.StartDate, "startDate"),
            District = body.District,
            ReferrerTeam = ReferralRequestReader.Colleague(body.ReferrerTeam, "referrerTeam", reader.Errors),
        };
        return (draft, reader.Errors);
    }

    /// <summary>An amount as text; blank is "missing" (the domain says so), anything else unreadable is an invalid amount.</summary>
    public static decimal? Amount(string? text, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var amount = Euros.Parse(text);
        if (amount is null)
        {
            errors.Add(new(field, ValidationCodes.InvalidAmount, Euros.Max));
        }

        return amount;
    }

    public static IReadOnlyList<ChecklistAnswer> Checklist(IReadOnlyList<ChecklistAnswerBody>? answers) =>
        [.. (answers ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Criterion)).Select(a => new ChecklistAnswer(a.Criterion!, a.Met, a.Note))];
}
