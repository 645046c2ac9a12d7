namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>The municipality's CBS code (GMnnnn) and name.</summary>
public sealed record MunicipalityHeadRequest(string? Code, string? Name);
