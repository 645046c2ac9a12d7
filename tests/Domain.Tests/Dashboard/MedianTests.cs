using Wijkverbinder.Domain.Dashboard;

namespace Wijkverbinder.Domain.Tests.Dashboard;

public sealed class MedianTests
{
    [Fact]
    public void OfAnOddCountIsTheMiddleValue() => Assert.Equal(3.0, Median.Of([9, 1, 3]));

    [Fact]
    public void OfAnEvenCountIsTheMeanOfTheTwoMiddleValues() => Assert.Equal(2.5, Median.Of([4, 1, 2, 3]));

    [Fact]
    public void OfNothingIsNull() => Assert.Null(Median.Of([]));
}
