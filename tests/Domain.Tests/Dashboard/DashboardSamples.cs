using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Tests.Dashboard;

/// <summary>Hand-made networks with known answers: members named by letter, ties between them.</summary>
internal static class DashboardSamples
{
    public const string District1 = "WK999901";
    public const string District2 = "WK999902";

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly AreaId Area = new("GM9999", "N");

    public static readonly Municipality Town = new(
        "GM9999",
        "Proefgemeente",
        [new Area(Area, "Noord", [District1, District2])],
        [new District(District1, "Eerste Wijk", Area), new District(District2, "Tweede Wijk", Area)],
        [new Theme("armoede", "Armoede"), new Theme("meedoen", "Meedoen"), new Theme("groen", "Groen")]);

    private static int next;

    public static Member Initiative(string name, params string[] themes) => new Initiative
    {
        Id = NewId(), Name = name, Districts = [District1], Themes = themes, JoinedOn = new DateOnly(2020, 1, 1),
    };

    public static Member Partner(string name, params string[] themes) => new Partner
    {
        Id = NewId(), Name = name, Districts = [District1], Themes = themes, JoinedOn = new DateOnly(2020, 1, 1),
        PartnerKind = PartnerKind.School,
    };

    public static Person Person(string name, bool showContact, params string[] themes) => new()
    {
        Id = NewId(), Name = name, Districts = [District1], Themes = themes, JoinedOn = new DateOnly(2020, 1, 1),
        Roles = [PersonRole.Resident], Email = $"{name.ToLowerInvariant()}@example.org", Phone = "+31 6 0000 0000",
        ShowContactDetails = showContact,
    };

    /// <summary>Members named "A", "B", ... with the given themes per member (same order), partners by default.</summary>
    public static List<Member> Members(params string[][] themes) =>
        [.. themes.Select((t, i) => Partner(((char)('A' + i)).ToString(), t))];

    public static Tie Tie(Member from, Member to, DateOnly? lastContact = null, TieType type = TieType.WorksWith) => new()
    {
        From = from.Id, To = to.Id, Type = type, Since = new DateOnly(2019, 1, 1), LastContactOn = lastContact ?? Today.AddDays(-7),
    };

    /// <summary>Ties along the given pairs of member indexes.</summary>
    public static List<Tie> Ties(IReadOnlyList<Member> members, params (int From, int To)[] pairs) =>
        [.. pairs.Select(p => Tie(members[p.From], members[p.To]))];

    public static string[] None => [];

    private static MemberId NewId() => new(Area, Interlocked.Increment(ref next).ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
}
