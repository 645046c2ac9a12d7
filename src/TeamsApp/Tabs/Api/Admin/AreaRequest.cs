namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>An area (gebied): a short key such as "W1", its name, and the CBS codes of its districts.</summary>
public sealed record AreaRequest(string? Key, string? Name, IReadOnlyList<string>? Districts);
