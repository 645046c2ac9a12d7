using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Validation;
using static Wijkverbinder.Domain.Tests.Referrals.ReferralSamples;

namespace Wijkverbinder.Domain.Tests;

public sealed class MunicipalityImportTests
{
    [Fact]
    public void ANewMunicipalityIsTakenAsItIs() => Assert.True(MunicipalityImport.Apply(Town, null, "GM0202").IsValid);

    [Fact]
    public void ALaterImportKeepsTheThemesAreasChoseAndMayRename()
    {
        var existing = Town with { Areas = [Town.Areas[0] with { ThemeIds = ["armoede"] }, Town.Areas[1]] };
        var renamed = Town with { Name = "Nieuwe naam", Areas = [Town.Areas[0] with { Name = "Gebied Noord" }, Town.Areas[1]] };

        var result = MunicipalityImport.Apply(renamed, existing, "GM0202");

        Assert.Equal(("Nieuwe naam", "Gebied Noord"), (result.Value!.Name, result.Value.Areas[0].Name));
        Assert.Equal(["armoede"], result.Value.Areas[0].ThemeIds!);
    }

    [Fact]
    public void NothingInUseMayBeRemoved()
    {
        var smaller = Town with { Themes = [Town.Themes[0]], Areas = [Town.Areas[0]], Districts = [.. Town.Districts.Where(d => d.Area == AreaA)] };

        var codes = MunicipalityImport.Apply(smaller, Town, "GM0202").Errors.Select(e => (e.Code, e.Arguments[0])).ToList();

        Assert.Equal([(ValidationCodes.CannotRemove, (object)"B"), (ValidationCodes.CannotRemove, "Meedoen"), (ValidationCodes.CannotRemove, OtherDistrict)], codes);
    }

    [Fact]
    public void EveryDistrictLiesInExactlyOneAreaOfThisMunicipality()
    {
        var orphan = Town with { Districts = [.. Town.Districts, new District("WK020299", "Nergens", AreaA)] };
        var foreign = Town with { Districts = [.. Town.Districts, new District("WK036301", "Amsterdam", AreaA)] };

        Assert.Equal(ValidationCodes.DistrictNotInOneArea, Assert.Single(MunicipalityImport.Apply(orphan, null, "GM0202").Errors).Code);
        Assert.Equal(ValidationCodes.InvalidFormat, Assert.Single(MunicipalityImport.Apply(foreign, null, "GM0202").Errors).Code);
        Assert.Equal(ValidationCodes.OtherMunicipality, Assert.Single(MunicipalityImport.Apply(Town, null, "GM0344").Errors).Code);
    }
}
