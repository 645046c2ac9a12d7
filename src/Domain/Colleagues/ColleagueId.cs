using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Colleagues;

/// <summary>
/// Identifies a colleague: a person by their Entra object id (a GUID, kept in lower case), a team by "team-" and a slug.
/// The object id is what Teams sends as aadObjectId, so the bot finds the acting colleague without a lookup table.
/// The format check is deliberately loose (hex digits in dash-separated groups): Agents Playground's demo users carry
/// ids with a 13-digit last group, and the id is only ever compared, never parsed as a GUID.
/// </summary>
public readonly partial record struct ColleagueId(string Value)
{
    public bool IsTeam => Value.StartsWith(TeamPrefix, StringComparison.Ordinal);

    public const string TeamPrefix = "team-";

    public override string ToString() => Value;

    public static ColleagueId ForPerson(Guid entraObjectId) => new(entraObjectId.ToString("D"));

    public static bool TryParse([NotNullWhen(true)] string? text, out ColleagueId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }

        if (ObjectIdPattern().IsMatch(text))
        {
            id = new ColleagueId(text.ToLowerInvariant());
            return true;
        }

        if (TeamPattern().IsMatch(text))
        {
            id = new ColleagueId(text);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,16}$")]
    private static partial Regex ObjectIdPattern();

    [GeneratedRegex(@"^team-[a-z0-9][a-z0-9\-]{0,62}$")]
    private static partial Regex TeamPattern();
}
