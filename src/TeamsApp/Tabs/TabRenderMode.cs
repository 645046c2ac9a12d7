using Microsoft.AspNetCore.Components.Web;

namespace Wijkverbinder.TeamsApp.Tabs;

/// <summary>
/// Interactive server rendering without prerendering: a page needs the user's token from the browser (Teams SDK)
/// before it can show anything, so a prerendered pass would only render an empty shell twice.
/// </summary>
public static class TabRenderMode
{
    public static readonly InteractiveServerRenderMode Server = new(prerender: false);
}
