using System.Globalization;
using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>
/// Builds a card in the recipient's language: card texts follow the current UI culture, dates and times the current
/// culture, so both are set (a Functions host runs with the machine's culture, not the recipient's).
/// </summary>
internal static class RecipientCulture
{
    public static T Use<T>(Colleague recipient, Func<T> build)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = CultureInfo.GetCultureInfo(recipient.Locale == "en" ? "en" : "nl");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
