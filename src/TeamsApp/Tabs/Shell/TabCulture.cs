using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>
/// The language of one page's circuit, from the Teams locale the layout learns (the Teams context, or <c>?locale=</c>
/// outside Teams). The culture cookie of the page request does not reach the circuit inside Teams: the page is a
/// cross-site frame there, where browsers block or partition its cookies, and the circuit would speak the browser's
/// language instead. So every inbound activity of the circuit (events, JS calls, renders) runs in this culture.
/// </summary>
internal sealed class TabCulture : CircuitHandler
{
    private CultureInfo? culture;

    /// <summary>From now on this circuit speaks the language of <paramref name="locale"/>; an empty locale changes nothing.</summary>
    public void Use(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return;
        }

        culture = TeamsLocaleCulture.Of(locale);
        Apply();
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // Async, so the culture set here flows into the activity and is undone when it ends.
            Apply();
            await next(context);
        };

    private void Apply()
    {
        if (culture is not null)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
