namespace Wijkverbinder.Domain.Network;

/// <summary>A gemeente with its areas, districts and the themes of its wijkprogramma: the frame every member fits in.</summary>
public sealed record Municipality(
    string Code,
    string Name,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<District> Districts,
    IReadOnlyList<Theme> Themes)
{
    public District? FindDistrict(string code) => Districts.FirstOrDefault(d => d.Code == code);

    public Area? FindArea(AreaId id) => Areas.FirstOrDefault(a => a.Id == id);

    public bool HasTheme(string id) => Themes.Any(t => t.Id == id);

    /// <summary>The themes the area works on, in the municipality's order.</summary>
    public IReadOnlyList<Theme> ThemesOf(Area area) => Themes.Where(t => area.WorksOn(t.Id)).ToList();

    /// <summary>The area of a scope that is a district code or an area id; null when it is neither.</summary>
    public Area? AreaOfScope(string? scope) =>
        scope is null ? null
        : FindDistrict(scope) is { } district ? FindArea(district.Area)
        : AreaId.TryParse(scope, out var id) ? FindArea(id)
        : null;
}
