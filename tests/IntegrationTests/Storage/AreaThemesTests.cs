using Azure.Data.Tables;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Network;

namespace Wijkverbinder.IntegrationTests.Storage;

/// <summary>The themes an area works on, stored on its area row; rows from before that column still read.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AreaThemesTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AnAreasThemesAndANewThemeAreStoredAndReadBack()
    {
        var town = await azurite.NewMunicipalityAsync();
        var changed = global::Wijkverbinder.Domain.Network.Programme.SetAreaThemes(town.Municipality, town.AreaA, ["meedoen"]).Value!;
        changed = global::Wijkverbinder.Domain.Network.Programme.AddTheme(changed, "Leefbaarheid & Veiligheid").Value!;

        await azurite.Store.SaveMunicipalityAsync(changed, None);
        var read = (await new TableNetworkStore(azurite.Tables, azurite.Clock).GetMunicipalityAsync(town.Code, None))!;

        Assert.Equal(["meedoen"], read.FindArea(town.AreaA)!.ThemeIds!);
        Assert.Null(read.FindArea(town.AreaB)!.ThemeIds);
        Assert.Equal(changed.Themes, read.Themes);
        Assert.Equal(changed.Themes, read.ThemesOf(read.FindArea(town.AreaB)!));
    }

    [Fact]
    public async Task AnAreaRowWithoutThemesFromBeforeWorksOnAllThemes()
    {
        var town = await azurite.NewMunicipalityAsync();
        var row = (await azurite.Tables.Municipalities.GetEntityAsync<TableEntity>(town.Code, $"area|{town.AreaA.Key}", cancellationToken: None)).Value;

        Assert.False(row.ContainsKey("Themes"));
        var read = (await new TableNetworkStore(azurite.Tables, azurite.Clock).GetMunicipalityAsync(town.Code, None))!;
        Assert.Null(read.FindArea(town.AreaA)!.ThemeIds);
        Assert.Equal(town.Municipality.Themes, read.ThemesOf(read.FindArea(town.AreaA)!));
    }
}
