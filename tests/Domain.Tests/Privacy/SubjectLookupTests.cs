using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Validation;

namespace Wijkverbinder.Domain.Tests.Privacy;

public sealed class SubjectLookupTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", "")]
    [InlineData("5f0c6d2e-1b7a-4c4e-9a61-2f7e8d9c0a11", "ilse@gemeente.example")]
    public void ExactlyOneOfIdAndMailIsRequired(string? id, string? mail) =>
        Assert.Equal(ValidationCodes.IdOrEmail, Assert.Single(SubjectLookup.Parse(id, mail).Errors).Code);

    [Theory]
    [InlineData("geen-adres")]
    [InlineData("twee@@gemeente.example")]
    [InlineData("met spatie@gemeente.example")]
    public void AMailThatIsNotAnAddressIsRefused(string mail) =>
        Assert.Equal(("email", ValidationCodes.InvalidFormat), (Assert.Single(SubjectLookup.Parse(null, mail).Errors).Field, SubjectLookup.Parse(null, mail).Errors[0].Code));

    [Theory]
    [InlineData("team-sociaal-wijkteam")]
    [InlineData("GM0202.R.0197c2a1b2c3d4e5f60718293a4b5c6d7")]
    [InlineData("Ilse Wolterbeek")]
    public void ATeamOrSomethingElseThanAPersonsIdIsRefused(string id) =>
        Assert.Equal(("id", ValidationCodes.InvalidFormat), (Assert.Single(SubjectLookup.Parse(id, null).Errors).Field, SubjectLookup.Parse(id, null).Errors[0].Code));

    [Fact]
    public void AnEntraIdIsKeptInLowerCaseAndAMemberIdAsGiven()
    {
        Assert.Equal("5f0c6d2e-1b7a-4c4e-9a61-2f7e8d9c0a11", SubjectLookup.Parse("5F0C6D2E-1B7A-4C4E-9A61-2F7E8D9C0A11", null).Value!.Id);
        Assert.Equal("GM0202.W1.0197c2a1b2c3d4e5f60718293a4b5c6d", SubjectLookup.Parse(" GM0202.W1.0197c2a1b2c3d4e5f60718293a4b5c6d ", null).Value!.Id);
    }

    [Fact]
    public void AnErasureIsConfirmedOnlyByTheSameIdOrMail()
    {
        var lookup = SubjectLookup.Parse(null, "Ilse@Gemeente.example").Value!;

        Assert.True(lookup.IsConfirmedBy(" ilse@gemeente.example "));
        Assert.False(lookup.IsConfirmedBy("ja"));
        Assert.False(lookup.IsConfirmedBy(null));
    }
}
