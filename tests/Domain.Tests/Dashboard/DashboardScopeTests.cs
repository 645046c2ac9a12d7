using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;

namespace Wijkverbinder.Domain.Tests.Dashboard;

public sealed class DashboardScopeTests
{
    [Fact]
    public void ADistrictCodeIsADistrictScopeOfItsMunicipality()
    {
        var scope = DashboardScope.Parse("WK020201");

        Assert.True(scope.IsDistrict);
        Assert.Equal(("GM0202", "WK020201", (AreaId?)null), (scope.Municipality, scope.District, scope.Area));
        Assert.Equal("WK020201", scope.ToString());
    }

    [Fact]
    public void AnAreaIdIsAnAreaScope()
    {
        var scope = DashboardScope.Parse("GM0202.W1");

        Assert.False(scope.IsDistrict);
        Assert.Equal(("GM0202", new AreaId("GM0202", "W1")), (scope.Municipality, scope.Area!.Value));
        Assert.Equal("GM0202.W1", scope.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("WK0202")]
    [InlineData("wk020201")]
    [InlineData("GM0202")]
    [InlineData("GM0202.W1/../x")]
    [InlineData("BU02020101")]
    public void AnythingElseIsRefused(string text)
    {
        Assert.False(DashboardScope.TryParse(text, out _));
        var refusal = Assert.Throws<FormatException>(() => DashboardScope.Parse(text));
        Assert.Contains("GM0202.W1", refusal.Message, StringComparison.Ordinal);
    }
}
