using System.Globalization;
using System.Text;

namespace Wijkverbinder.Domain.Network;

/// <summary>A theme of the wijkprogramma, such as Meedoen or Armoede. The id is a stable slug of the name.</summary>
public sealed record Theme(string Id, string Name)
{
    public const int NameLength = 60;

    /// <summary>A theme whose id is the slug of its name.</summary>
    public static Theme Named(string name) => new(SlugOf(name), name.Trim());

    /// <summary>A stable id for a theme name: "Leefbaarheid &amp; Veiligheid" becomes "leefbaarheid-veiligheid".</summary>
    public static string SlugOf(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
