using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("Buurtmoestuin", null)]
    [InlineData("Twee regels\r\nen een\ttab", null)]
    [InlineData("Moestuin 🙂 met accenten: café", null)]
    [InlineData("  ", ValidationCodes.Required)]
    [InlineData(null, ValidationCodes.Required)]
    [InlineData("Naam\u0000", ValidationCodes.ControlCharacters)]
    [InlineData("Bel\u0007", ValidationCodes.ControlCharacters)]
    [InlineData("Escape\u001b[31m", ValidationCodes.ControlCharacters)]
    [InlineData("Einde\u0085", ValidationCodes.ControlCharacters)]
    [InlineData("Bewoner 111222333", ValidationCodes.ContainsBsn)]
    [InlineData("12345678901234567890123456789012345678901", ValidationCodes.TooLong)]
    public void ATextIsRequiredShortReadableAndWithoutABsn(string? text, string? refusal)
    {
        var errors = new List<ValidationError>();

        FreeText.Check("story", text, maxLength: 40, required: true, errors);

        Assert.Equal(refusal is null ? [] : [refusal], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.Equal("story", e.Field));
    }

    [Fact]
    public void TheLengthCountsTheTrimmedTextAndAnOptionalTextMayBeMissing()
    {
        var errors = new List<ValidationError>();

        FreeText.Check("note", "   twintig tekens lang    ", maxLength: 20, required: false, errors);
        FreeText.Check("note", null, maxLength: 20, required: false, errors);

        Assert.Empty(errors);
        Assert.Equal("twintig", FreeText.Clean("  twintig \n"));
        Assert.Null(FreeText.Clean(" \t "));
    }

    [Fact]
    public void ASuccessStoryGetsTheSameChecks()
    {
        var refused = SuccessService.Check("De moestuin\u0000 groeit", video: null, out _);

        Assert.Equal(("story", ValidationCodes.ControlCharacters), Assert.Single(refused.Select(e => (e.Field, e.Code))));
    }
}
