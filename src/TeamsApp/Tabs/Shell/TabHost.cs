namespace Wijkverbinder.TeamsApp.Tabs.Shell;

/// <summary>
/// Where a page runs: inside Teams (the SDK answered) or in a plain browser, with the theme ("default", "dark" or
/// "contrast") and locale Teams (or the query string) gave. Pages read it as a cascading value.
/// </summary>
public sealed record TabHost(bool InTeams, string Theme, string Locale)
{
    public static readonly TabHost Browser = new(false, "default", string.Empty);
}
