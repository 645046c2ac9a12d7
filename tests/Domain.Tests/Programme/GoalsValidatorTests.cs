using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Programme;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Programme;

public sealed class GoalsValidatorTests
{
    private static Area AreaOfTown => Town.FindArea(AreaA)!;

    [Fact]
    public void GoalsAreTrimmedAndBlankLinesDropped()
    {
        var result = GoalsValidator.Validate(Town, AreaOfTown, "meedoen", ["  Meer buren doen mee ", "", null, "Een buurtmaaltijd per maand"]);

        Assert.True(result.IsValid);
        Assert.Equal(["Meer buren doen mee", "Een buurtmaaltijd per maand"], result.Value);
    }

    [Fact]
    public void TooManyTooLongOrABsnIsRefusedAtItsLine()
    {
        var tooMany = GoalsValidator.Validate(Town, AreaOfTown, "meedoen", [.. Enumerable.Range(1, ProgrammeLimits.GoalsPerTheme + 1).Select(i => (string?)$"Doel {i}")]);
        var tooLong = GoalsValidator.Validate(Town, AreaOfTown, "meedoen", ["Kort", new string('x', ProgrammeLimits.GoalLength + 1)]);
        var bsn = GoalsValidator.Validate(Town, AreaOfTown, "meedoen", ["Bel 111222333 voor hulp"]);

        Assert.Equal([("goals", ValidationCodes.TooMany)], tooMany.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal([("goals[1]", ValidationCodes.TooLong)], tooLong.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal([("goals[0]", ValidationCodes.ContainsBsn)], bsn.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void TheThemeMustBeKnownAndOneTheAreaWorksOn()
    {
        var town = Network.Programme.SetAreaThemes(Town, AreaA, ["meedoen"]).Value!;

        var unknown = GoalsValidator.Validate(town, town.FindArea(AreaA)!, "sport", ["Doel"]);
        var notHere = GoalsValidator.Validate(town, town.FindArea(AreaA)!, "armoede", ["Doel"]);
        var missing = GoalsValidator.Validate(town, town.FindArea(AreaA)!, " ", ["Doel"]);

        Assert.Equal(ValidationCodes.UnknownTheme, Assert.Single(unknown.Errors).Code);
        Assert.Equal(ValidationCodes.ThemeNotInArea, Assert.Single(notHere.Errors).Code);
        Assert.Equal(ValidationCodes.Required, Assert.Single(missing.Errors).Code);
    }
}
