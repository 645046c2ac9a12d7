namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>An initiative on a theme; <see cref="Contact"/> only when its contact person opted in to show their details.</summary>
public sealed record ProgrammeInitiativeResponse(string Id, string Name, string? Description, ContactResponse? Contact);
