using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Referrals;

namespace Wijkverbinder.Domain.Tests.Referrals;

public sealed class ReferralIdentifierTests
{
    [Fact]
    public void AReferralIdRoundTripsThroughItsText()
    {
        var id = ReferralId.New("GM0202", new FakeTimeProvider(ReferralSamples.Now));

        Assert.StartsWith("GM0202.R.", id.ToString(), StringComparison.Ordinal);
        Assert.True(ReferralId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
    }

    [Fact]
    public void ReferralIdsSortByCreation()
    {
        var clock = new FakeTimeProvider(ReferralSamples.Now);
        var first = ReferralId.New("GM0202", clock);
        clock.Advance(TimeSpan.FromMilliseconds(5));
        var second = ReferralId.New("GM0202", clock);

        Assert.True(string.CompareOrdinal(first.Local, second.Local) < 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GM0202.R.")]
    [InlineData("GM0202.R.0123456789ABCDEF0123456789abcdef")]
    [InlineData("GM0202.X.0123456789abcdef0123456789abcdef")]
    [InlineData("GM202.R.0123456789abcdef0123456789abcdef")]
    [InlineData("GM0202.R.0123456789abcdef0123456789abcdef' or ''='")]
    public void AReferralIdRefusesAnythingElse(string? text) => Assert.False(ReferralId.TryParse(text, out _));

    [Fact]
    public void APersonIsTheirEntraObjectIdInLowerCase()
    {
        Assert.True(ColleagueId.TryParse("0F8FAD5B-D9CB-469F-A165-70867728950E", out var id));

        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", id.Value);
        Assert.False(id.IsTeam);
    }

    [Fact]
    public void ATeamIsASlug()
    {
        Assert.True(ColleagueId.TryParse("team-sociaal-wijkteam-1", out var id));
        Assert.True(id.IsTeam);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("team-")]
    [InlineData("team-Hoofdletter")]
    [InlineData("team-met spatie")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("team-x' or true or 'a")]
    public void AColleagueIdRefusesAnythingElse(string? text) => Assert.False(ColleagueId.TryParse(text, out _));
}
