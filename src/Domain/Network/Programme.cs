using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Network;

/// <summary>
/// The administrator's changes to a municipality's wijkprogramma: a new theme, and which themes an area works on.
/// Reference data only grows, so themes are added and never removed; an area's choice is always among known themes.
/// </summary>
public static class Programme
{
    /// <summary>Adds a theme named <paramref name="name"/>; its id is the slug of the name and must be new.</summary>
    public static Result<Municipality> AddTheme(Municipality municipality, string? name)
    {
        var errors = new List<ValidationError>();
        var trimmed = name?.Trim() ?? string.Empty;
        var slug = Theme.SlugOf(trimmed);
        FreeText.Check("name", trimmed, Theme.NameLength, required: true, errors);
        if (errors.Count == 0 && slug.Length == 0)
        {
            errors.Add(new("name", ValidationCodes.InvalidFormat));
        }
        else if (errors.Count == 0 && municipality.Themes.Any(t => t.Id == slug || string.Equals(t.Name, trimmed, StringComparison.CurrentCultureIgnoreCase)))
        {
            errors.Add(new("name", ValidationCodes.DuplicateTheme, trimmed));
        }

        return errors.Count > 0
            ? Result<Municipality>.Refused(errors)
            : Result<Municipality>.Success(municipality with { Themes = [.. municipality.Themes, new Theme(slug, trimmed)] });
    }

    /// <summary>Sets the themes <paramref name="area"/> works on: at least one, each a theme of the municipality.</summary>
    public static Result<Municipality> SetAreaThemes(Municipality municipality, AreaId area, IReadOnlyCollection<string> themeIds)
    {
        var errors = new List<ValidationError>();
        var found = municipality.FindArea(area);
        if (found is null)
        {
            errors.Add(new("area", ValidationCodes.UnknownValue, area.ToString(), string.Join(", ", municipality.Areas.Select(a => a.Id.ToString()))));
        }

        if (themeIds.Count == 0)
        {
            errors.Add(new("themes", ValidationCodes.Required));
        }

        errors.AddRange(themeIds.Where(t => !municipality.HasTheme(t)).Select(t => new ValidationError("themes", ValidationCodes.UnknownTheme, t)));
        if (errors.Count > 0)
        {
            return Result<Municipality>.Refused(errors);
        }

        // Kept in the municipality's theme order, so the stored list does not depend on the order of the clicks.
        var chosen = municipality.Themes.Select(t => t.Id).Where(themeIds.Contains).ToList();
        var areas = municipality.Areas.Select(a => a.Id == area ? a with { ThemeIds = chosen } : a).ToList();
        return Result<Municipality>.Success(municipality with { Areas = areas });
    }
}
