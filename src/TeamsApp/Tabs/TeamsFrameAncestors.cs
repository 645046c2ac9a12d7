namespace Wijkverbinder.TeamsApp.Tabs;

/// <summary>
/// Who may frame the tab pages: the app itself and the Teams clients (teams.microsoft.com, and the web clients moving
/// to *.cloud.microsoft), as Teams' tab requirements list them. Blazor's interactive server rendering sends
/// <c>frame-ancestors 'self'</c> by default, which would keep the pages out of Teams altogether.
/// </summary>
public static class TeamsFrameAncestors
{
    public const string Policy = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft";
}
