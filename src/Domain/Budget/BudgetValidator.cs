using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Budget;

/// <summary>The rules a budget request must meet; every broken rule is reported at once.</summary>
public static class BudgetValidator
{
    public static List<ValidationError> Validate(BudgetDraft draft, Municipality municipality, DateOnly today)
    {
        var errors = new List<ValidationError>();
        FreeText.Check("initiative", draft.Initiative, BudgetLimits.InitiativeLength, required: true, errors);
        FreeText.Check("purpose", draft.Purpose, BudgetLimits.PurposeLength, required: true, errors);
        FreeText.Check("residentContribution", draft.ResidentContribution, BudgetLimits.ContributionLength, required: true, errors);
        FreeText.Check("otherFunds", draft.OtherFunds, BudgetLimits.OtherFundsLength, required: false, errors);
        CheckAmount("amount", draft.Amount, errors);

        if (draft.StartDate is null)
        {
            errors.Add(new("startDate", ValidationCodes.Required));
        }
        else if (draft.StartDate > today.AddMonths(BudgetLimits.MaxStartMonths))
        {
            errors.Add(new("startDate", ValidationCodes.TooFarAhead, BudgetLimits.MaxStartMonths * 30));
        }

        var district = string.IsNullOrWhiteSpace(draft.District) ? null : municipality.FindDistrict(draft.District);
        var area = district is null ? null : municipality.FindArea(district.Area);
        if (area is null)
        {
            errors.Add(new("district", string.IsNullOrWhiteSpace(draft.District) ? ValidationCodes.Required : ValidationCodes.UnknownDistrict, draft.District ?? string.Empty));
        }

        if (draft.Themes.Count == 0)
        {
            errors.Add(new("themes", ValidationCodes.Required));
        }
        else if (draft.Themes.Count > BudgetLimits.MaxThemes)
        {
            errors.Add(new("themes", ValidationCodes.TooMany, BudgetLimits.MaxThemes));
        }

        foreach (var theme in draft.Themes.Distinct(StringComparer.Ordinal))
        {
            if (!municipality.HasTheme(theme))
            {
                errors.Add(new("themes", ValidationCodes.UnknownTheme, theme));
            }
            else if (area is not null && !area.WorksOn(theme))
            {
                // Aanjaagbudget is assessed against the area's wijkprogramma: a theme it does not work on cannot be served.
                errors.Add(new("themes", ValidationCodes.ThemeNotInArea, theme, area.Name));
            }
        }

        return errors;
    }

    /// <summary>An amount: present, more than zero, whole cents, at most <see cref="Euros.Max"/>.</summary>
    public static void CheckAmount(string field, decimal? amount, List<ValidationError> errors)
    {
        if (amount is null)
        {
            errors.Add(new(field, ValidationCodes.Required));
        }
        else if (amount <= 0m || amount > Euros.Max || !Euros.IsWholeCents(amount.Value))
        {
            errors.Add(new(field, ValidationCodes.InvalidAmount, Euros.Max));
        }
    }
}
