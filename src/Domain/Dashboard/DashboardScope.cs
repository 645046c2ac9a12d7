using System.Diagnostics.CodeAnalysis;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Dashboard;

/// <summary>
/// What a dashboard covers: one district ("WK020201") or one area ("GM0202.W1") of a municipality. The text form is the
/// one a URL and a storage key carry.
/// </summary>
public readonly record struct DashboardScope
{
    private DashboardScope(string municipality, string? district, AreaId? area)
    {
        Municipality = municipality;
        District = district;
        Area = area;
    }

    public string Municipality { get; }

    /// <summary>The CBS district code, when the scope is a district.</summary>
    public string? District { get; }

    /// <summary>The area, when the scope is an area.</summary>
    public AreaId? Area { get; }

    public bool IsDistrict => District is not null;

    public static DashboardScope ForDistrict(string code) => DistrictCode.IsValid(code)
        ? new DashboardScope(DistrictCode.MunicipalityOf(code), code, null)
        : throw new FormatException($"'{code}' is not a CBS district code (WK followed by six digits).");

    public static DashboardScope ForArea(AreaId area) => new(area.Municipality, null, area);

    public static DashboardScope Parse(string text) => TryParse(text, out var scope)
        ? scope
        : throw new FormatException($"'{text}' is neither a district code (WK020201) nor an area (GM0202.W1).");

    public static bool TryParse([NotNullWhen(true)] string? text, out DashboardScope scope)
    {
        scope = default;
        if (text is not null && DistrictCode.IsValid(text))
        {
            scope = ForDistrict(text);
            return true;
        }

        if (AreaId.TryParse(text, out var area))
        {
            scope = ForArea(area);
            return true;
        }

        return false;
    }

    public override string ToString() => District ?? Area?.ToString() ?? string.Empty;
}
