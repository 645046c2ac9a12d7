using System.Text.RegularExpressions;

namespace Wijkverbinder.Domain.Network;

/// <summary>CBS district codes: "WK" followed by the four digits of the municipality and two of the district.</summary>
public static partial class DistrictCode
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    /// <summary>The municipality code a district code belongs to: WK020201 lies in GM0202.</summary>
    public static string MunicipalityOf(string code) => "GM" + code.Substring(2, 4);

    [GeneratedRegex(@"^WK\d{6}$")]
    private static partial Regex Pattern();
}
