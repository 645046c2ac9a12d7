using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests;

public sealed class MemberValidatorTests
{
    private static readonly AreaId North = new("GM9999", "N");
    private static readonly AreaId South = new("GM9999", "S");

    private static readonly Municipality Town = new(
        "GM9999",
        "Proefdorp",
        [new Area(North, "Noord", ["WK999901", "WK999902"]), new Area(South, "Zuid", ["WK999903"])],
        [new District("WK999901", "Eén", North), new District("WK999902", "Twee", North), new District("WK999903", "Drie", South)],
        [new Theme("meedoen", "Meedoen")]);

    private readonly MemberValidator validator = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void AcceptsAMemberWithinOneAreaAndTellsTheArea()
    {
        var (area, errors) = validator.Validate(Initiative(["WK999901", "WK999902"]), Town);

        Assert.Empty(errors);
        Assert.Equal(North, area);
    }

    [Fact]
    public void RefusesDistrictsOfSeveralAreas()
    {
        var (area, errors) = validator.Validate(Initiative(["WK999901", "WK999903"]), Town);

        Assert.Null(area);
        Assert.Contains(errors, e => e.Field == "districts" && e.Code == ValidationCodes.DistrictsInSeveralAreas);
    }

    [Fact]
    public void NamesEveryWrongFieldAtOnce()
    {
        var member = Initiative(["WK999909"]) with
        {
            Name = " ",
            Themes = ["onbekend"],
            JoinedOn = new DateOnly(2027, 1, 1),
            Description = "Bewoner 111222333 wil meedoen",
        };

        var (_, errors) = validator.Validate(member, Town);

        Assert.Equal(
            ["name:Required", "districts[0]:UnknownDistrict", "themes[0]:UnknownTheme", "joinedOn:InFuture", "description:ContainsBsn"],
            errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void ChecksAPersonsContactDetailsAndRoles()
    {
        var person = new Person
        {
            Id = default, Name = "Anouk de Vries", Districts = ["WK999901"], JoinedOn = new DateOnly(2026, 1, 1),
            Roles = [], Email = "anouk@", Phone = "abc",
        };

        var (_, errors) = validator.Validate(person, Town);

        Assert.Equal(["roles:Required", "email:InvalidFormat", "phone:InvalidFormat"], errors.Select(e => $"{e.Field}:{e.Code}"));
    }

    [Fact]
    public void RefusesALastContactBeforeTheTieBegan()
    {
        var errors = new List<ValidationError>();

        validator.CheckTieDates(errors, "tie.", new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1));

        Assert.Equal("tie.lastContactOn", Assert.Single(errors).Field);
    }

    [Fact]
    public void RefusesTooLongNames()
    {
        var (_, errors) = validator.Validate(Initiative(["WK999901"]) with { Name = new string('a', NetworkLimits.NameLength + 1) }, Town);

        var error = Assert.Single(errors);
        Assert.Equal(ValidationCodes.TooLong, error.Code);
        Assert.Equal(NetworkLimits.NameLength, error.Arguments[0]);
    }

    private static Initiative Initiative(IReadOnlyList<string> districts) => new()
    {
        Id = default, Name = "Moestuin", Districts = districts, Themes = ["meedoen"], JoinedOn = new DateOnly(2026, 3, 1),
    };
}
