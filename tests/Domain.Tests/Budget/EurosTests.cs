using Wijkverbinder.Domain.Budget;

namespace Wijkverbinder.Domain.Tests.Budget;

public sealed class EurosTests
{
    [Fact]
    public void CentsAddUpExactly()
    {
        var sum = Euros.FromCents(Euros.ToCents(0.10m) + Euros.ToCents(0.20m));

        Assert.Equal(0.30m, sum);
        Assert.Equal(30L, Euros.ToCents(sum));
    }

    [Fact]
    public void LargeSumsStayExactToTheCent()
    {
        var cents = Enumerable.Repeat(Euros.ToCents(99_999_999.99m), 1000).Sum();

        Assert.Equal(99_999_999_990.00m, Euros.FromCents(cents));
        Assert.Equal(9_999_999_999_000L, cents);
    }

    [Theory]
    [InlineData("1234.50", "1234.50")]
    [InlineData("1.234,50", "1234.50")]
    [InlineData("€ 12,5", "12.5")]
    [InlineData("0,10", "0.10")]
    [InlineData("25.000,00", "25000")]
    [InlineData("25000", "25000")]
    public void ReadsDutchAndPlainAmounts(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Euros.Parse(text));

    [Theory]
    [InlineData("12.345")]
    [InlineData("1,001")]
    [InlineData("25.000")]
    [InlineData("1,500")]
    [InlineData("12,340")]
    [InlineData("twaalf")]
    [InlineData("")]
    public void RefusesWhatIsNotAnAmountInCentsOrMayMeanThousands(string text) => Assert.Null(Euros.Parse(text));

    [Fact]
    public void AFractionOfACentCannotBeStored() => Assert.Throws<ArgumentException>(() => Euros.ToCents(0.005m));
}
