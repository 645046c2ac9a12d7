namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>A district (wijk) by its CBS code (WKnnnnnn) and name; inferred marks a code not confirmed at the source.</summary>
public sealed record DistrictRequest(string? Code, string? Name, bool? Inferred);
