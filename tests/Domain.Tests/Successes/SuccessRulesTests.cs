using Wijkverbinder.Domain.Successes;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Successes;

public sealed class SuccessRulesTests
{
    [Theory]
    [InlineData("https://www.example.org/film.mp4", true)]
    [InlineData("  https://video.example.nl/v/123?t=4  ", true)]
    [InlineData("http://www.example.org/film", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://user:secret@example.org/film", false)]
    [InlineData("www.example.org/film", false)]
    [InlineData("ftp://example.org/film", false)]
    public void AVideoLinkIsAFullHttpsAddress(string text, bool valid) => Assert.Equal(valid, VideoLink.TryParse(text, out _));

    [Fact]
    public void TheStoryIsRequiredShortAndWithoutBsnAndTheVideoOptional()
    {
        Assert.Empty(SuccessService.Check("Het buurtfeest trok 200 bewoners.", null, out var none));
        Assert.Null(none);
        Assert.Equal([("story", ValidationCodes.Required)], Codes(SuccessService.Check("  ", "", out _)));
        Assert.Equal([("story", ValidationCodes.TooLong)], Codes(SuccessService.Check(new string('x', SuccessLimits.StoryLength + 1), null, out _)));
        Assert.Equal([("story", ValidationCodes.ContainsBsn)], Codes(SuccessService.Check("Mevrouw met BSN 111222333 kreeg hulp", null, out _)));
        Assert.Equal([("video", ValidationCodes.HttpsLinkOnly)], Codes(SuccessService.Check("Mooi verhaal", "http://example.org/v", out _)));
        Assert.Equal([("video", ValidationCodes.TooLong)], Codes(SuccessService.Check("Mooi verhaal", "https://example.org/" + new string('v', SuccessLimits.VideoLinkLength), out _)));
    }

    private static IEnumerable<(string, string)> Codes(IEnumerable<ValidationError> errors) => errors.Select(e => (e.Field, e.Code));
}
