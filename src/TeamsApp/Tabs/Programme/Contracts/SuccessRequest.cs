namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>Marks an initiative as a success: its member id, a short story and optionally an https link to a video.</summary>
public sealed record SuccessRequest(string? Initiative, string? Story, string? Video);
