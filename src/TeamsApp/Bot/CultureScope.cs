using System.Globalization;

namespace Wijkverbinder.TeamsApp.Bot;

/// <summary>
/// Speaks the user's language for the duration of one activity: English when their Teams locale is English, Dutch
/// otherwise (the default). Restores the previous culture on dispose.
/// </summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previous = CultureInfo.CurrentUICulture;
    private readonly CultureInfo previousFormat = CultureInfo.CurrentCulture;

    private CultureScope(CultureInfo culture)
    {
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }

    public static CultureScope For(string? locale) =>
        new(new CultureInfo(locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "nl"));

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = previous;
        CultureInfo.CurrentCulture = previousFormat;
    }
}
