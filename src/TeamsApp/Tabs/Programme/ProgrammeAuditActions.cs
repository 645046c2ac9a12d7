namespace Wijkverbinder.TeamsApp.Tabs.Programme;

/// <summary>
/// The programme page's audit actions (after <see cref="Audit.PageAudit.Prefix"/>), with the object type and id the tab
/// API's record of the same call has (the area for the programme, the theme for its goals), so a search by id finds both.
/// </summary>
internal static class ProgrammeAuditActions
{
    public const string Show = "programme.show";
    public const string SetGoals = "programme.goals";
    public const string MarkSuccess = "programme.success";

    /// <summary>What the API's record names for "/programme/{area}": the area's programme.</summary>
    public const string ProgrammeObject = "programme";

    /// <summary>What the API's record names for "/themes/{theme}/goals".</summary>
    public const string ThemeObject = "theme";
}
