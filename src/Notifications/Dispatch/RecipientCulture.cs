using System.Globalization;
using Wijkverbinder.Domain.Colleagues;

namespace Wijkverbinder.Notifications.Dispatch;

/// <summary>Builds a card in the recipient's language: card texts follow the current UI culture.</summary>
internal static class RecipientCulture
{
    public static T Use<T>(Colleague recipient, Func<T> build)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(recipient.Locale == "en" ? "en" : "nl");
        try
        {
            return build();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
