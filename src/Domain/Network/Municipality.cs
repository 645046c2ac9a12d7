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
}
