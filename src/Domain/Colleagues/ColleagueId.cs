using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Colleagues;

/// <summary>
/// Identifies a colleague: a person by their Entra object id (a GUID, lower case), a team by "team-" and a slug.
/// The object id is what Teams sends as aadObjectId, so the bot finds the acting colleague without a lookup table.
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

        if (Guid.TryParseExact(text, "D", out var objectId))
        {
            id = ForPerson(objectId);
            return true;
        }

        if (TeamPattern().IsMatch(text))
        {
            id = new ColleagueId(text);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^team-[a-z0-9][a-z0-9\-]{0,62}$")]
    private static partial Regex TeamPattern();
}
