using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>
/// The tab pages follow the Teams locale: the tab URLs carry Teams' <c>{locale}</c> placeholder as <c>?locale=</c>.
/// English for an English locale, Dutch otherwise. A page request remembers the choice in the culture cookie, so the
/// page's circuit (a separate request without the query string) speaks the same language where the cookie reaches it;
/// inside Teams (a cross-site frame) it often does not, and <see cref="TabCulture"/> sets the circuit's language.
/// </summary>
internal sealed class TeamsLocaleCulture : RequestCultureProvider
{
    public const string QueryKey = "locale";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var locale = httpContext.Request.Query[QueryKey].ToString();
        if (string.IsNullOrWhiteSpace(locale) || locale.Contains('{', StringComparison.Ordinal))
        {
            return NullProviderCultureResult;
        }

        var culture = locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "nl";
        httpContext.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                // Inside Teams the page is framed by another site, so the cookie must be allowed cross-site (HTTPS only).
                Secure = httpContext.Request.IsHttps,
                SameSite = httpContext.Request.IsHttps ? SameSiteMode.None : SameSiteMode.Lax,
            });
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }

    public static CultureInfo Of(string? locale) =>
        new(locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "nl");
}
