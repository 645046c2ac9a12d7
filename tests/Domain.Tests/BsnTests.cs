using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("Bewoner met bsn 123456782 belt vaak")]
    [InlineData("nummer 1234.56.782")]
    [InlineData("nummer 123 456 782.")]
    public void FindsNumbersThatPassTheElevenTest(string text) => Assert.True(Bsn.AppearsIn(text));

    [Theory]
    [InlineData("123456789")]
    [InlineData("Telefoon 0612345678")]
    [InlineData("1234567820")]
    [InlineData("000000000")]
    [InlineData("Moestuin Klarendal")]
    [InlineData("")]
    [InlineData(null)]
    public void LeavesOtherTextAlone(string? text) => Assert.False(Bsn.AppearsIn(text));
}
