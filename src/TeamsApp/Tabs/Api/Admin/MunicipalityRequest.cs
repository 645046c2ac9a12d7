namespace Wijkverbinder.TeamsApp.Tabs.Api.Admin;

/// <summary>
/// A municipality's areas, districts and themes, in the shape of the demo's arnhem.json:
/// <c>{"municipality":{"code","name"},"areas":[{"key","name","districts":[...]}],"districts":[{"code","name","inferred"}],"themes":[...]}</c>.
/// </summary>
public sealed record MunicipalityRequest(
    MunicipalityHeadRequest? Municipality,
    IReadOnlyList<AreaRequest>? Areas,
    IReadOnlyList<DistrictRequest>? Districts,
    IReadOnlyList<string>? Themes);
