using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Referrals;

/// <summary>
/// What a routing rule must name: a theme of the municipality that the scope's area works on, a district or area of
/// the municipality as scope, and a colleague in the directory as receiver. The API and the administration page both
/// use it, so a rule is refused for the same reasons wherever it is entered.
/// </summary>
public static class RoutingRuleValidator
{
    /// <param name="receiver">The receiver's id as read, or null when it was missing or unreadable.</param>
    /// <param name="known">The directory's colleague for <paramref name="receiver"/>, null when unknown.</param>
    public static IReadOnlyList<ValidationError> Validate(Municipality municipality, string? theme, string? scope, ColleagueId? receiver, Colleague? known)
    {
        var errors = new List<ValidationError>();
        var area = municipality.AreaOfScope(scope);
        if (!municipality.HasTheme(theme ?? string.Empty))
        {
            errors.Add(new("theme", string.IsNullOrWhiteSpace(theme) ? ValidationCodes.Required : ValidationCodes.UnknownTheme, theme ?? string.Empty));
        }
        else if (area is not null && !area.WorksOn(theme!))
        {
            errors.Add(new("theme", ValidationCodes.ThemeNotInArea, theme!, area.Name));
        }

        if (area is null)
        {
            errors.Add(new("scope", string.IsNullOrWhiteSpace(scope) ? ValidationCodes.Required : ValidationCodes.NotAScope, scope ?? string.Empty));
        }

        if (receiver is { } id && known is null)
        {
            errors.Add(new("receiver", ValidationCodes.UnknownColleague, id.Value));
        }

        return errors;
    }
}
