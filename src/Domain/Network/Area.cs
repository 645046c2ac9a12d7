namespace Wijkverbinder.Domain.Network;

/// <summary>
/// A gebied: a cluster of districts with one wijkteam. <see cref="ThemeIds"/> are the themes of the municipality's
/// wijkprogramma this area works on; null (nothing chosen, and all data from before areas had themes) means all of them.
/// </summary>
public sealed record Area(AreaId Id, string Name, IReadOnlyList<string> DistrictCodes, IReadOnlyList<string>? ThemeIds = null)
{
    public bool WorksOn(string themeId) => ThemeIds is null || ThemeIds.Contains(themeId, StringComparer.Ordinal);
}
