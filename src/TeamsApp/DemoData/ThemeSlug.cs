using System.Globalization;
using System.Text;

namespace Wijkverbinder.TeamsApp.DemoData;

/// <summary>A stable id for a theme name: "Leefbaarheid &amp; Veiligheid" becomes "leefbaarheid-veiligheid".</summary>
internal static class ThemeSlug
{
    public static string From(string name)
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
