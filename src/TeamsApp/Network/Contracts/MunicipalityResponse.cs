namespace Wijkverbinder.TeamsApp.Network.Contracts;

public sealed record MunicipalityResponse(
    string Code,
    string Name,
    IReadOnlyList<AreaResponse> Areas,
    IReadOnlyList<DistrictResponse> Districts,
    IReadOnlyList<ThemeResponse> Themes);
