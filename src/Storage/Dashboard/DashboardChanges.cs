using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Dashboard;

/// <summary>Areas whose network changed and districts whose referrals changed since the last rebuild.</summary>
public sealed record DashboardChanges(IReadOnlyList<AreaId> Areas, IReadOnlyList<string> Districts)
{
    public bool IsEmpty => Areas.Count == 0 && Districts.Count == 0;

    /// <summary>The areas to rebuild in <paramref name="municipality"/>: the changed ones and those holding a changed district.</summary>
    public IReadOnlyList<AreaId> AreasIn(Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        return [.. Areas.Where(a => a.Municipality == municipality.Code)
            .Concat(Districts.Select(municipality.FindDistrict).OfType<District>().Select(d => d.Area))
            .Distinct()];
    }

    /// <summary>The municipalities the changes lie in.</summary>
    public IReadOnlyList<string> Municipalities =>
        [.. Areas.Select(a => a.Municipality).Concat(Districts.Where(DistrictCode.IsValid).Select(DistrictCode.MunicipalityOf)).Distinct(StringComparer.Ordinal)];
}
