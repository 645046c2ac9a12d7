using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Tests;

public sealed class IdentifierTests
{
    [Fact]
    public void MemberIdRoundTripsThroughItsText()
    {
        var id = MemberId.New(new AreaId("GM0202", "W1"), new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(MemberId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
        Assert.StartsWith("GM0202.W1.", id.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM0202.W1")]
    [InlineData("GM0202.W1.not-hex")]
    [InlineData("GM0202.W1.0123456789abcdef0123456789ABCDEF")]
    [InlineData("GM0202.W1.0123456789abcdef0123456789abcdef' or 'a' eq 'a")]
    [InlineData("XX0202.W1.0123456789abcdef0123456789abcdef")]
    public void MemberIdRefusesAnythingElse(string text) => Assert.False(MemberId.TryParse(text, out _));

    [Theory]
    [InlineData("WK020201", true)]
    [InlineData("WK02020", false)]
    [InlineData("wk020201", false)]
    [InlineData("WK020201 or true", false)]
    public void DistrictCodesAreCbsCodes(string code, bool valid) => Assert.Equal(valid, DistrictCode.IsValid(code));

    [Fact]
    public void ADistrictCodeNamesItsMunicipality() => Assert.Equal("GM0202", DistrictCode.MunicipalityOf("WK020217"));
}
