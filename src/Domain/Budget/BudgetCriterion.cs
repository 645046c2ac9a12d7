namespace Wijkverbinder.Domain.Budget;

/// <summary>One criterion of a municipality's checklist for aanjaagbudget, with its text in Dutch and English.</summary>
public sealed record BudgetCriterion(string Id, string Dutch, string English, CriterionCheck Check = CriterionCheck.Assessor)
{
    /// <summary>The text in the language of the request being handled (English when the UI culture is English, else Dutch).</summary>
    public string Text => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Dutch;
}
