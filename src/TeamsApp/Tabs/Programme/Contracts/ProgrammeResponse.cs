namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>An area's wijkprogramma on the tab API: per theme its goals and initiatives, and the podium of successes.</summary>
public sealed record ProgrammeResponse(
    string Area,
    string Name,
    bool MayEdit,
    IReadOnlyList<ProgrammeThemeResponse> Themes,
    IReadOnlyList<SuccessResponse> Successes);
