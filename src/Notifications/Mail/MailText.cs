using System.Globalization;
using System.Net;
using System.Resources;
using Wijkverbinder.Notifications.Resources;

namespace Wijkverbinder.Notifications.Mail;

/// <summary>The mail texts in one language, from MailTexts.resx; <see cref="Html"/> fills a template with encoded values.</summary>
internal sealed class MailText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Wijkverbinder.Notifications.Resources.MailTexts", typeof(MailTexts).Assembly);

    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public CultureInfo Culture => culture;

    public static MailText For(string? locale) =>
        new(string.Equals(locale, "en", StringComparison.OrdinalIgnoreCase) ? English : Dutch);

    /// <summary>The plain text (for the subject and labels).</summary>
    public string this[string key] =>
        Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Mail text {key} is missing.");

    public string Plain(string key, params object[] values) => string.Format(culture, this[key], values);

    /// <summary>The text as HTML: the template encoded, every value encoded before it goes in.</summary>
    public string Html(string key, params string[] values) =>
        string.Format(culture, Encode(this[key]), values.Select(v => (object)Encode(v)).ToArray());

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", culture);

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
