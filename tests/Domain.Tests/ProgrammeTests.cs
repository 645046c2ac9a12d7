using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests;

public sealed class ProgrammeTests
{
    [Fact]
    public void AnAreaWithoutAChoiceWorksOnAllThemes()
    {
        var area = Town.FindArea(AreaA)!;

        Assert.Null(area.ThemeIds);
        Assert.Equal(["armoede", "meedoen"], Town.ThemesOf(area).Select(t => t.Id));
    }

    [Fact]
    public void SettingAnAreasThemesKeepsTheMunicipalitysOrderAndLeavesOtherAreasAlone()
    {
        var result = Network.Programme.SetAreaThemes(Town, AreaA, ["meedoen"]);

        Assert.True(result.IsValid);
        var town = result.Value!;
        Assert.Equal(["meedoen"], town.ThemesOf(town.FindArea(AreaA)!).Select(t => t.Id));
        Assert.False(town.FindArea(AreaA)!.WorksOn("armoede"));
        Assert.Null(town.FindArea(new AreaId("GM0202", "B"))!.ThemeIds);
    }

    [Fact]
    public void AnAreaCanOnlyChooseKnownThemesAndAtLeastOne()
    {
        var unknown = Network.Programme.SetAreaThemes(Town, AreaA, ["meedoen", "sport"]);
        var none = Network.Programme.SetAreaThemes(Town, AreaA, []);

        Assert.Equal([("themes", ValidationCodes.UnknownTheme)], unknown.Errors.Select(e => (e.Field, e.Code)));
        Assert.Equal([("themes", ValidationCodes.Required)], none.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void AnUnknownAreaIsRefused() =>
        Assert.Contains(Network.Programme.SetAreaThemes(Town, new AreaId("GM0202", "Z"), ["meedoen"]).Errors, e => e.Field == "area");

    [Fact]
    public void ANewThemeGetsTheSlugOfItsNameAsId()
    {
        var result = Network.Programme.AddTheme(Town, "  Leefbaarheid & Veiligheid ");

        Assert.True(result.IsValid);
        Assert.Equal(new Theme("leefbaarheid-veiligheid", "Leefbaarheid & Veiligheid"), result.Value!.Themes[^1]);
        Assert.Equal(3, result.Value.Themes.Count);
    }

    [Theory]
    [InlineData("", ValidationCodes.Required)]
    [InlineData("   ", ValidationCodes.Required)]
    [InlineData("&&&", ValidationCodes.InvalidFormat)]
    [InlineData("armoede", ValidationCodes.DuplicateTheme)]
    [InlineData("ARMOEDE", ValidationCodes.DuplicateTheme)]
    public void ABadOrDuplicateThemeNameIsRefused(string name, string code) =>
        Assert.Equal([("name", code)], Network.Programme.AddTheme(Town, name).Errors.Select(e => (e.Field, e.Code)));

    [Fact]
    public void ATooLongThemeNameIsRefused() =>
        Assert.Equal(ValidationCodes.TooLong, Assert.Single(Network.Programme.AddTheme(Town, new string('a', Theme.NameLength + 1)).Errors).Code);

    [Theory]
    [InlineData("Meedoen", "meedoen")]
    [InlineData("Leefbaarheid & Veiligheid", "leefbaarheid-veiligheid")]
    [InlineData("Zorg én Welzijn", "zorg-en-welzijn")]
    public void SlugsAreStable(string name, string slug) => Assert.Equal(slug, Theme.SlugOf(name));
}
