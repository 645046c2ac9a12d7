using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AnUpdateFromAStaleVersionIsRefusedAndChangesNothing()
    {
        var town = await azurite.NewMunicipalityAsync();
        var created = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1));
        var firstRead = created.Member;

        var first = await azurite.Registry.UpdateMemberAsync(firstRead with { Name = "Moestuin Noord" }, None);
        Assert.True(first!.IsValid);

        await Assert.ThrowsAsync<VersionConflictException>(() => azurite.Registry.UpdateMemberAsync(firstRead with { Name = "Moestuin Zuid" }, None));

        var stored = await azurite.Store.GetMemberAsync(created.Member.Id, None);
        Assert.Equal("Moestuin Noord", stored!.Member.Name);
        Assert.Equal(first.Value!.Version, stored.Member.Version);
    }

    [Fact]
    public async Task OfTwoSimultaneousUpdatesExactlyOneWins()
    {
        var town = await azurite.NewMunicipalityAsync();
        var created = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            try
            {
                var result = await azurite.Registry.UpdateMemberAsync(created.Member with { Name = $"Versie {i}" }, None);
                return result!.Value!.Name;
            }
            catch (VersionConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(attempts, a => a is not null);
        Assert.Equal(winner, (await azurite.Store.GetMemberAsync(created.Member.Id, None))!.Member.Name);
    }

    [Fact]
    public async Task ATieUpdateFromAStaleVersionIsRefused()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var garden = await azurite.Registry.CreateValidAsync(
            TestTown.Initiative("Moestuin", town.District1), centre.TieTo(TieType.SupportedBy, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)));
        var staleVersion = garden.Ties[0].Version!;

        var update = await azurite.Registry.UpdateTieAsync(garden.Member.Id, centre.Member.Id, TieType.SupportedBy, null, new DateOnly(2026, 3, 1), staleVersion, None);
        Assert.True(update!.IsValid);

        await Assert.ThrowsAsync<VersionConflictException>(() =>
            azurite.Registry.UpdateTieAsync(garden.Member.Id, centre.Member.Id, TieType.SupportedBy, null, new DateOnly(2026, 4, 1), staleVersion, None));

        // Both ends of the tie show the accepted date, and only that one.
        var fromCentre = await azurite.Store.GetMemberAsync(centre.Member.Id, None);
        Assert.Equal(new DateOnly(2026, 3, 1), Assert.Single(fromCentre!.Ties).LastContactOn);
    }

    [Fact]
    public async Task AddingTheSameTieTwiceIsRefused()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var garden = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1), centre.TieTo(TieType.SupportedBy));

        await Assert.ThrowsAsync<AlreadyExistsException>(() => azurite.Registry.AddTieAsync(garden.Member.Id, centre.TieTo(TieType.SupportedBy), None));

        Assert.Single((await azurite.Store.GetMemberAsync(centre.Member.Id, None))!.Ties);
    }

    [Fact]
    public async Task MovingAMemberToAnotherDistrictMovesItsTiesWithIt()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var garden = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1), centre.TieTo(TieType.SupportedBy));
        var school = await azurite.Registry.CreateValidAsync(TestTown.Partner("School", town.District2));

        var moved = await azurite.Registry.UpdateMemberAsync(centre.Member with { Districts = [town.District2] }, None);
        Assert.True(moved!.IsValid);

        var one = await azurite.Store.GetDistrictNetworkAsync(town.District(town.District1), None);
        var two = await azurite.Store.GetDistrictNetworkAsync(town.District(town.District2), None);
        Assert.Equal([garden.Member.Id], one.Members.Select(m => m.Id));
        Assert.Equal(
            new[] { centre.Member.Id, school.Member.Id }.Select(id => id.ToString()).Order(),
            two.Members.Select(m => m.Id.ToString()).Order());

        // The tie still shows in both districts: from the garden's side in one, from the centre's side in two.
        Assert.Single(one.Ties);
        Assert.Single(two.Ties);
    }
}
