using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class ReferralRouterTests
{
    private static readonly ColleagueId AreaTeam = new("team-gebied-a");
    private static readonly ColleagueId DistrictTeam = new("team-wijk-een");

    private static readonly RoutingRule[] Rules =
    [
        new("armoede", AreaA.ToString(), AreaTeam),
        new("armoede", HomeDistrict, DistrictTeam),
        new("meedoen", AreaA.ToString(), AreaTeam),
    ];

    [Fact]
    public void TheDistrictRuleWinsOverTheAreaRule() =>
        Assert.Equal(DistrictTeam, ReferralRouter.Suggest(Town, Rules, "armoede", HomeDistrict));

    [Fact]
    public void TheAreaRuleCoversItsOtherDistricts()
    {
        Assert.Equal(AreaTeam, ReferralRouter.Suggest(Town, Rules, "armoede", "WK020202"));
        Assert.Equal(AreaTeam, ReferralRouter.Suggest(Town, Rules, "meedoen", HomeDistrict));
    }

    [Theory]
    [InlineData("armoede", OtherDistrict)]
    [InlineData("wonen", HomeDistrict)]
    [InlineData("armoede", "WK999901")]
    public void WithoutARuleThereIsNoSuggestion(string theme, string district) =>
        Assert.Null(ReferralRouter.Suggest(Town, Rules, theme, district));
}
