using Wijkverbinder.Domain.Budget;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>
/// Section "Budget": the municipality's checklist for aanjaagbudget (Budget:Criteria, each with Id, Dutch, English
/// and Check) and the official who receives requests for access to the board (Budget:BoardOfficial, a colleague id),
/// used where no routing rule for the theme "bestuur" names one. Without criteria the default checklist applies.
/// </summary>
public sealed class BudgetOptions
{
    public const string Section = "Budget";

    public List<BudgetCriterionOptions> Criteria { get; init; } = [];

    public string? BoardOfficial { get; init; }

    /// <summary>The checklist of the source article: a municipality replaces it with its own in configuration.</summary>
    public static IReadOnlyList<BudgetCriterion> DefaultCriteria { get; } =
    [
        new("no-private-interest", "Geen privébelang: het geld komt de buurt ten goede", "No private interest: the money benefits the neighbourhood"),
        new("residents-contribute", "Bewoners dragen zelf bij (tijd, geld of middelen)", "Residents contribute themselves (time, money or means)"),
        new("stimulus", "Een aanjaging, geen structurele financiering", "A stimulus, not structural funding"),
        new("applied-before", "Aangevraagd vóór de activiteit begint", "Applied for before the activity starts", CriterionCheck.AppliedBeforeStart),
        new("spent-within-year", "Binnen 12 maanden besteed", "Spent within 12 months", CriterionCheck.StartsWithinYear),
    ];

    public BudgetCriteria ToCriteria() => new(
        Criteria.Count == 0
            ? DefaultCriteria
            : [.. Criteria.Select(c => new BudgetCriterion(c.Id, c.Dutch, c.English, c.Check))]);
}
