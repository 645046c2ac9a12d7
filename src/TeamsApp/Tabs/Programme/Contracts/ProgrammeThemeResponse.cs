namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>One theme: its goals (with the version to send back when changing them) and its initiatives.</summary>
public sealed record ProgrammeThemeResponse(
    string Id,
    string Name,
    IReadOnlyList<string> Goals,
    string? Version,
    IReadOnlyList<ProgrammeInitiativeResponse> Initiatives);
