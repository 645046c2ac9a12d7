using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class RoutingRuleValidatorTests
{
    [Theory]
    [InlineData(HomeDistrict)]
    [InlineData("GM0202.A")]
    public void ARuleForAKnownThemeAndScopeWithAKnownReceiverIsValid(string scope) =>
        Assert.Empty(RoutingRuleValidator.Validate(Town, "armoede", scope, Specialist.Id, Specialist));

    [Fact]
    public void EveryWrongPartIsNamed()
    {
        var errors = RoutingRuleValidator.Validate(Town, "sport", "WK999999", new ColleagueId("team-onbekend"), known: null);

        Assert.Equal(
            [("theme", ValidationCodes.UnknownTheme), ("scope", ValidationCodes.NotAScope), ("receiver", ValidationCodes.UnknownColleague)],
            errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void MissingThemeAndScopeAreRequired() =>
        Assert.Equal(
            [("theme", ValidationCodes.Required), ("scope", ValidationCodes.Required)],
            RoutingRuleValidator.Validate(Town, null, " ", Specialist.Id, Specialist).Select(e => (e.Field, e.Code)));

    [Fact]
    public void TheThemeMustBeOneTheScopesAreaWorksOn()
    {
        var town = Network.Programme.SetAreaThemes(Town, AreaA, ["meedoen"]).Value!;

        var inDistrict = RoutingRuleValidator.Validate(town, "armoede", HomeDistrict, Specialist.Id, Specialist);
        var inArea = RoutingRuleValidator.Validate(town, "armoede", "GM0202.A", Specialist.Id, Specialist);
        var elsewhere = RoutingRuleValidator.Validate(town, "armoede", OtherDistrict, Specialist.Id, Specialist);

        Assert.Equal([("theme", ValidationCodes.ThemeNotInArea)], inDistrict.Select(e => (e.Field, e.Code)));
        Assert.Equal(["armoede", "Gebied A"], inArea.Single().Arguments);
        Assert.Empty(elsewhere);
    }
}
