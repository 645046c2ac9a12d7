namespace Wijkverbinder.TeamsApp.Tabs.Programme.Contracts;

/// <summary>A contact person who opted in: name, e-mail and phone as they gave them.</summary>
public sealed record ContactResponse(string Name, string? Email, string? Phone);
