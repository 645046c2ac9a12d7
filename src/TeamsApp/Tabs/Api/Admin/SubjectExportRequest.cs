namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>An access request: the person by id or e-mail, in the body so the address never lands in a URL or its logs.</summary>
public sealed record SubjectExportRequest(string? Id, string? Email);
