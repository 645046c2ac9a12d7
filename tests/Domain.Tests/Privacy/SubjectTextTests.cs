using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Domain.Tests.Privacy;

public sealed class SubjectTextTests
{
    private const string ColleagueId = "5f0c6d2e-1b7a-4c4e-9a61-2f7e8d9c0a11";
    private const string MemberId = "GM0202.W1.0197c2a1b2c3d4e5f60718293a4b5c6d";

    private static readonly SubjectText Ilse = new(new DataSubject("GM0202", [ColleagueId, MemberId], ["ilse@gemeente.example"], ["Ilse Vos", "Bo"]));

    [Theory]
    [InlineData("colleague:5F0C6D2E-1B7A-4C4E-9A61-2F7E8D9C0A11")]
    [InlineData("{\"ref\":\"member:GM0202.W1.0197c2a1b2c3d4e5f60718293a4b5c6d\"}")]
    [InlineData("0197c2a1b2c3d4e5f60718293a4b5c6d|0197aaaa|WorksWith")]
    [InlineData("Mail ILSE@gemeente.example even")]
    [InlineData("Gesprek met Ilse Vos, dinsdag")]
    public void IdsMailAndWholeNamesAreFound(string text) => Assert.True(Ilse.Mentions(text));

    [Theory]
    [InlineData("Ilse Vossen woont hier")]
    [InlineData("Bob en Bo-Anne")]
    [InlineData("")]
    [InlineData(null)]
    public void PartsOfOtherNamesAndShortNamesAreNot(string? text) => Assert.False(Ilse.Mentions(text));

    [Fact]
    public void EveryMentionIsReplacedByThePlaceholder() =>
        Assert.Equal(
            "verwijderd-1 (verwijderd-1) aan colleague:verwijderd-1",
            Ilse.Replace($"Ilse Vos (ilse@gemeente.example) aan colleague:{ColleagueId}", "verwijderd-1"));
}
