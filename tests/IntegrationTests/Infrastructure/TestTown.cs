using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.IntegrationTests.Infrastructure;

/// <summary>A small municipality for one test: area A with districts 01 and 02, area B with district 03.</summary>
public sealed class TestTown
{
    public TestTown(string digits)
    {
        Code = $"GM{digits}";
        AreaA = new AreaId(Code, "A");
        AreaB = new AreaId(Code, "B");
        District1 = $"WK{digits}01";
        District2 = $"WK{digits}02";
        District3 = $"WK{digits}03";
        Municipality = new Municipality(
            Code,
            $"Proefgemeente {digits}",
            [new Area(AreaA, "Gebied A", [District1, District2]), new Area(AreaB, "Gebied B", [District3])],
            [new District(District1, "Wijk Eén", AreaA), new District(District2, "Wijk Twee", AreaA), new District(District3, "Wijk Drie", AreaB, Inferred: true)],
            [new Theme("meedoen", "Meedoen"), new Theme("armoede", "Armoede")]);
    }

    public string Code { get; }

    public AreaId AreaA { get; }

    public AreaId AreaB { get; }

    public string District1 { get; }

    public string District2 { get; }

    public string District3 { get; }

    public Municipality Municipality { get; }

    public District District(string code) => Municipality.FindDistrict(code)!;

    public static Initiative Initiative(string name, params string[] districts) => new()
    {
        Id = default, Name = name, Districts = districts, Themes = ["meedoen"], JoinedOn = new DateOnly(2025, 6, 1),
        Description = "Samen tuinieren.",
    };

    public static Partner Partner(string name, params string[] districts) => new()
    {
        Id = default, Name = name, Districts = districts, Themes = ["armoede"], JoinedOn = new DateOnly(2024, 2, 1),
        PartnerKind = PartnerKind.CommunityCentre,
    };

    public static Person Person(string name, params string[] districts) => new()
    {
        Id = default, Name = name, Districts = districts, Themes = [], JoinedOn = new DateOnly(2026, 10, 1),
        Roles = [PersonRole.Volunteer, PersonRole.Resident], Email = "vera.bos@example.org", Phone = "+31 6 1234 5678",
        ShowContactDetails = true,
    };
}
