using Wijkverbinder.Domain.Privacy;

namespace Wijkverbinder.Domain.Tests.Privacy;

public sealed class PseudonymKeyTests
{
    private static readonly string Configured = Convert.ToBase64String([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
    private static readonly string Other = Convert.ToBase64String([.. Enumerable.Range(2, 32).Select(i => (byte)i)]);
    private const string Id = "5f0c6d2e-1b7a-4c4e-9a61-2f7e8d9c0a11";

    [Fact]
    public void TheSameConfiguredKeyGivesTheSamePseudonymsAnotherKeyOtherOnes()
    {
        var first = PseudonymKey.From(new PrivacyOptions { PseudonymKey = Configured });
        var again = PseudonymKey.From(new PrivacyOptions { PseudonymKey = " " + Configured + " " });
        var other = PseudonymKey.From(new PrivacyOptions { PseudonymKey = Other });

        Assert.Equal(Pseudonyms.ForAudit(first.For("GM0202"), Id), Pseudonyms.ForAudit(again.For("GM0202"), Id));
        Assert.NotEqual(Pseudonyms.ForAudit(first.For("GM0202"), Id), Pseudonyms.ForAudit(other.For("GM0202"), Id));
        Assert.NotEqual(Pseudonyms.Placeholder(first.For("GM0202"), Id), Pseudonyms.Placeholder(other.For("GM0202"), Id));
    }

    [Fact]
    public void EachMunicipalityHasItsOwnDerivedKeyNeverTheConfiguredOne()
    {
        var key = PseudonymKey.From(new PrivacyOptions { PseudonymKey = Configured });

        Assert.NotEqual(key.For("GM0202"), key.For("GM0344"));
        Assert.NotEqual(Convert.FromBase64String(Configured), key.For("GM0202"));
        Assert.Equal(PseudonymKey.MinKeyBytes, key.For("GM0202").Length);
        Assert.NotEqual(Pseudonyms.ForAudit(key.For("GM0202"), Id), Pseudonyms.ForAudit(key.For("GM0344"), Id));
    }

    [Theory]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHw==")] // 31 bytes
    [InlineData("not base64!")]
    public void AKeyThatIsTooShortOrMalformedIsRefusedWithoutShowingIt(string value)
    {
        var error = Assert.ThrowsAny<Exception>(() => PseudonymKey.From(new PrivacyOptions { PseudonymKey = value }));
        Assert.True(error is FormatException or ArgumentException, error.GetType().Name);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AfterARotationNewPseudonymsUseTheNewKeyAndTheKeysBeforeAreKeptToFindTheOldOnes()
    {
        var before = PseudonymKey.From(new PrivacyOptions { PseudonymKey = Configured });
        var rotated = PseudonymKey.From(new PrivacyOptions { PseudonymKey = Other, PreviousPseudonymKeys = " " + Configured + " ; " });

        Assert.Equal(PseudonymKey.From(new PrivacyOptions { PseudonymKey = Other }).For("GM0202"), rotated.For("GM0202"));
        Assert.Equal([rotated.For("GM0202"), before.For("GM0202")], rotated.AllFor("GM0202"));
        Assert.Equal([before.For("GM0202")], before.AllFor("GM0202"));
    }

    [Theory]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHw==")] // 31 bytes
    [InlineData("not base64!")]
    public void APreviousKeyThatIsTooShortOrMalformedIsRefusedWithoutShowingIt(string value)
    {
        var error = Assert.ThrowsAny<Exception>(() => PseudonymKey.From(new PrivacyOptions { PseudonymKey = Configured, PreviousPseudonymKeys = Other + ";" + value }));
        Assert.True(error is FormatException or ArgumentException, error.GetType().Name);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.Contains("PreviousPseudonymKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAConfiguredKeyTheDevelopmentKeyIsUsed()
    {
        Assert.Same(PseudonymKey.Development, PseudonymKey.From(new PrivacyOptions()));
        Assert.Same(PseudonymKey.Development, PseudonymKey.From(new PrivacyOptions { PseudonymKey = " " }));
        Assert.NotEqual(PseudonymKey.Development.For("GM0202"), PseudonymKey.From(new PrivacyOptions { PseudonymKey = Configured }).For("GM0202"));
    }
}
