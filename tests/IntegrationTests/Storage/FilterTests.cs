using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class FilterTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("O'Brien' or Name ne '")]
    [InlineData("x') or (PartitionKey ne '")]
    [InlineData("Café \"De Kroon\" & co ~ (eq) -- ' or 1 eq 1")]
    public async Task UserInputInAFilterMatchesLiterally(string trickyName)
    {
        var town = await azurite.NewMunicipalityAsync();
        await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1));
        await azurite.Registry.CreateValidAsync(TestTown.Initiative(trickyName, town.District1));
        await azurite.Registry.CreateValidAsync(TestTown.Initiative(trickyName, town.District3));

        var exact = await azurite.Store.FindMembersByNameAsync(town.AreaA, trickyName, 50, None);
        var prefix = await azurite.Store.FindMembersByNameAsync(town.AreaA, trickyName[..5], 50, None);
        var injected = await azurite.Store.FindMembersByNameAsync(town.AreaA, "' or Name ne '", 50, None);

        Assert.Equal(trickyName, Assert.Single(exact).Name);
        Assert.Equal(trickyName, Assert.Single(prefix).Name);
        Assert.Empty(injected);
    }

    [Fact]
    public async Task AnEmptyPrefixListsTheAreasMembersOnly()
    {
        var town = await azurite.NewMunicipalityAsync();
        await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1));
        await azurite.Registry.CreateValidAsync(TestTown.Initiative("Elders", town.District3));

        var all = await azurite.Store.FindMembersByNameAsync(town.AreaA, string.Empty, 50, None);

        Assert.Equal("Moestuin", Assert.Single(all).Name);
    }
}
