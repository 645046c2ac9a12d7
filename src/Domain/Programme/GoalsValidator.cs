using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Programme;

/// <summary>
/// Checks a theme's goals for an area: the theme is one the area works on, at most a few goals, each short and
/// without a BSN. Blank lines are dropped and the rest trimmed, so an empty list clears the theme's goals.
/// </summary>
public static class GoalsValidator
{
    public static Result<IReadOnlyList<string>> Validate(Municipality municipality, Area area, string? theme, IReadOnlyList<string?>? goals)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(area);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(theme))
        {
            errors.Add(new("theme", ValidationCodes.Required));
        }
        else if (!municipality.HasTheme(theme))
        {
            errors.Add(new("theme", ValidationCodes.UnknownTheme, theme));
        }
        else if (!area.WorksOn(theme))
        {
            errors.Add(new("theme", ValidationCodes.ThemeNotInArea, theme, area.Name));
        }

        var kept = new List<string>();
        for (var i = 0; i < (goals?.Count ?? 0); i++)
        {
            var goal = goals![i]?.Trim() ?? string.Empty;
            if (goal.Length == 0)
            {
                continue;
            }

            FreeText.Check($"goals[{i}]", goal, ProgrammeLimits.GoalLength, required: false, errors);
            kept.Add(goal);
        }

        if (kept.Count > ProgrammeLimits.GoalsPerTheme)
        {
            errors.Add(new("goals", ValidationCodes.TooMany, ProgrammeLimits.GoalsPerTheme));
        }

        return errors.Count > 0 ? Result<IReadOnlyList<string>>.Refused(errors) : Result<IReadOnlyList<string>>.Success(kept);
    }
}
