using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Storage.Network;

/// <summary>
/// Keys of the network table. A member's row key is its local id; each tie is stored twice, once under each member
/// ("{owner}|{other}|{type}"), so that one range query returns a member with all its ties.
/// </summary>
internal static class RowKeys
{
    public const string MemberType = "member";
    public const string TieType = "tie";

    /// <summary>Marks the districts a row's owner works in, so a district is one filter on its area's partition.</summary>
    public const string DistrictFlagPrefix = "In_";

    public static string Partition(AreaId area) => area.ToString();

    public static string Member(MemberId id) => id.Local;

    public static string Tie(MemberId owner, MemberId other, Domain.Network.TieType type) => $"{owner.Local}|{other.Local}|{type}";

    /// <summary>The first key after every key that starts with the member's id.</summary>
    public static string AfterMember(MemberId id) => id.Local + "~";

    /// <summary>The column that flags a district; safe to put in a filter because the code was checked.</summary>
    public static string DistrictFlag(string districtCode) =>
        DistrictCode.IsValid(districtCode)
            ? DistrictFlagPrefix + districtCode
            : throw new ArgumentException("Not a CBS district code.", nameof(districtCode));
}
