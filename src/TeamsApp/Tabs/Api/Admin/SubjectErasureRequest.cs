namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>An erasure request: the person by id or e-mail, and the same value typed again as confirmation.</summary>
public sealed record SubjectErasureRequest(string? Id, string? Email, string? Confirm);
