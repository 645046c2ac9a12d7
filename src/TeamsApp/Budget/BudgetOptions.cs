using Wijkverbinder.Domain.Budget;

namespace Wijkverbinder.TeamsApp.Budget;

/// <summary>
/// Section "Budget": the municipality's checklist for aanjaagbudget (Budget:Criteria, a list with one entry per
/// criterion: "id|Dutch text|English text", optionally "|AppliedBeforeStart" or "|StartsWithinYear" for the criteria
/// the app answers from the dates) and the official who receives requests for access to the board
/// (Budget:BoardOfficial, a colleague id), used where no routing rule for the theme "bestuur" names one. Without
/// criteria the default checklist applies.
/// </summary>
public sealed class BudgetOptions
{
    public const string Section = "Budget";

    public List<string> Criteria { get; init; } = [];

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

    /// <summary>The configured checklist; an entry that is not "id|Dutch|English[|check]" stops the app at start, not at the first request.</summary>
    public BudgetCriteria ToCriteria() => new(Criteria.Count == 0 ? DefaultCriteria : [.. Criteria.Select(Parse)]);

    private static BudgetCriterion Parse(string entry)
    {
        var parts = entry.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 4 || parts[..3].Any(string.IsNullOrEmpty))
        {
            throw new InvalidOperationException($"Budget:Criteria entry '{entry}' is not 'id|Dutch text|English text[|check]'.");
        }

        var check = parts.Length == 4 ? Enum.Parse<CriterionCheck>(parts[3], ignoreCase: true) : CriterionCheck.Assessor;
        return new BudgetCriterion(parts[0], parts[1], parts[2], check);
    }
}
