using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Tests.Referrals;

/// <summary>Colleagues, a municipality and referrals for the domain tests.</summary>
internal static class ReferralSamples
{
    public const string HomeDistrict = "WK020201";
    public const string OtherDistrict = "WK020203";

    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly AreaId AreaA = new("GM0202", "A");

    public static readonly Municipality Town = new(
        "GM0202",
        "Proefgemeente",
        [new Area(AreaA, "Gebied A", [HomeDistrict, "WK020202"]), new Area(new AreaId("GM0202", "B"), "Gebied B", [OtherDistrict])],
        [new District(HomeDistrict, "Een", AreaA), new District("WK020202", "Twee", AreaA), new District(OtherDistrict, "Drie", new AreaId("GM0202", "B"))],
        [new Theme("armoede", "Armoede"), new Theme("meedoen", "Meedoen")]);

    public static readonly Colleague Wijkteam = Team("team-wijkteam");
    public static readonly Colleague SocialTeam = Team("team-swt");
    public static readonly Colleague Referrer = Person("00000000-0000-0000-0000-000000000001", Wijkteam.Id);
    public static readonly Colleague WijkteamMember = Person("00000000-0000-0000-0000-000000000002", Wijkteam.Id);
    public static readonly Colleague TeamMember = Person("00000000-0000-0000-0000-000000000003", SocialTeam.Id);
    public static readonly Colleague Specialist = Person("00000000-0000-0000-0000-000000000004");
    public static readonly Colleague Outsider = Person("00000000-0000-0000-0000-000000000005");

    public static Referral Referral(ReferralStatus status = ReferralStatus.Sent) => new()
    {
        Id = new ReferralId("GM0202", "0123456789abcdef0123456789abcdef"),
        Subject = SubjectKind.ResidentQuestion,
        Summary = "Hulp bij formulieren",
        District = HomeDistrict,
        Theme = "armoede",
        Urgency = Urgency.Normal,
        Referrer = Referrer.Id,
        ReferrerTeam = Wijkteam.Id,
        Receiver = SocialTeam.Id,
        DueDate = Today.AddDays(10),
        Status = status,
        StatusBeforeQuestion = status == ReferralStatus.InformationRequested ? ReferralStatus.Accepted : null,
        OpenQuestion = status == ReferralStatus.InformationRequested ? "Welk adres?" : null,
        CreatedAt = Now,
        UpdatedAt = Now,
        LastSequence = 3,
        Version = "v1",
    };

    public static ReferralDraft Draft() => new()
    {
        Subject = SubjectKind.ResidentQuestion,
        Summary = "Hulp bij formulieren",
        Details = "Bewoner wil hulp.",
        District = HomeDistrict,
        Theme = "armoede",
        Receiver = SocialTeam.Id,
    };

    private static Colleague Person(string id, params ColleagueId[] teams) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Person,
        Name = "Persoon " + id[^1],
        Mail = $"p{id[^1]}@gemeente.example",
        Roles = [AppRole.Specialist],
        Districts = [HomeDistrict],
        Teams = teams,
    };

    private static Colleague Team(string id) => new()
    {
        Id = new ColleagueId(id),
        Kind = ColleagueKind.Team,
        Name = id,
        Mail = $"{id}@gemeente.example",
        Roles = [AppRole.SocialDistrictTeam],
        Districts = [HomeDistrict],
    };
}
