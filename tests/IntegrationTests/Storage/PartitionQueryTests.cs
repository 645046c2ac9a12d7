using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class PartitionQueryTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ADistrictsNetworkIsOneQueryOnItsAreasPartition()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var garden = await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1), centre.TieTo(TieType.SupportedBy));
        var school = await azurite.Registry.CreateValidAsync(TestTown.Partner("School", town.District2), garden.TieTo(TieType.WorksWith));
        await azurite.Registry.CreateValidAsync(TestTown.Partner("Elders", town.District2), school.TieTo(TieType.MetAt));
        await azurite.Registry.CreateValidAsync(TestTown.Initiative("Ander gebied", town.District3));
        await azurite.Store.GetMunicipalityAsync(town.Code, None);

        NetworkView view;
        using (var tally = azurite.Counter.BeginTally())
        {
            view = await azurite.Store.GetDistrictNetworkAsync(town.District(town.District1), None);

            var request = Assert.Single(tally.Requests);
            Assert.Equal($"PartitionKey eq '{town.AreaA}' and In_{town.District1} eq true", request.Filter);
        }

        Assert.Equal(["Buurtcentrum", "Moestuin"], view.Members.Select(m => m.Name).Order());

        // The district's own tie, and its tie to a member of the next district; not the tie between two outsiders.
        Assert.Equal(2, view.Ties.Count);
        Assert.Contains(view.Ties, t => t.From == garden.Member.Id && t.To == centre.Member.Id && t.Type == TieType.SupportedBy);
        Assert.Contains(view.Ties, t => t.From == school.Member.Id && t.To == garden.Member.Id && t.Type == TieType.WorksWith);
    }

    [Fact]
    public async Task AnAreasNetworkHoldsAllItsDistrictsAndNothingElse()
    {
        var town = await azurite.NewMunicipalityAsync();
        await azurite.Registry.CreateValidAsync(TestTown.Partner("Een", town.District1));
        await azurite.Registry.CreateValidAsync(TestTown.Partner("Twee", town.District2));
        await azurite.Registry.CreateValidAsync(TestTown.Partner("Drie", town.District3));

        using var tally = azurite.Counter.BeginTally();
        var view = await azurite.Store.GetAreaNetworkAsync(town.AreaA, None);

        Assert.Equal(["Een", "Twee"], view.Members.Select(m => m.Name).Order());
        Assert.Equal($"PartitionKey eq '{town.AreaA}'", Assert.Single(tally.Requests).Filter);
    }

    [Fact]
    public async Task AMemberWithAllItsTiesIsOneRangeQuery()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var school = await azurite.Registry.CreateValidAsync(TestTown.Partner("School", town.District1));
        var garden = await azurite.Registry.CreateValidAsync(
            TestTown.Initiative("Moestuin", town.District1), centre.TieTo(TieType.SupportedBy), school.TieTo(TieType.WorksWith));

        using var tally = azurite.Counter.BeginTally();
        var read = await azurite.Store.GetMemberAsync(centre.Member.Id, None);

        var filter = Assert.Single(tally.Requests).Filter;
        Assert.Equal($"PartitionKey eq '{town.AreaA}' and RowKey ge '{centre.Member.Id.Local}' and RowKey lt '{centre.Member.Id.Local}~'", filter);
        Assert.Equal(garden.Member.Id, Assert.Single(read!.Ties).From);
    }

    [Fact]
    public async Task CreatingAMemberWithItsTiesIsOneReadAndOneTransaction()
    {
        var town = await azurite.NewMunicipalityAsync();
        var others = new List<MemberWithTies>();
        for (var i = 0; i < 5; i++)
        {
            others.Add(await azurite.Registry.CreateValidAsync(TestTown.Partner($"Partner {i}", town.District1)));
        }

        using var tally = azurite.Counter.BeginTally();
        var created = await azurite.Registry.CreateValidAsync(
            TestTown.Initiative("Moestuin", town.District1), others.Select(o => o.TieTo(TieType.WorksWith)).ToArray());

        Assert.Equal(5, created.Ties.Count);
        Assert.Equal(2, tally.Count);
        Assert.Equal(1, tally.Batches);
    }

    [Fact]
    public async Task ReadingADistrictCostsOneRequestPerThousandRowsWhateverTheRestHolds()
    {
        var town = await azurite.NewMunicipalityAsync();
        await FillAsync(town.AreaA, town.District1, 1200);
        await FillAsync(town.AreaA, town.District2, 1500);
        await FillAsync(town.AreaB, town.District3, 1500);

        using var tally = azurite.Counter.BeginTally();
        var view = await azurite.Store.GetDistrictNetworkAsync(town.District(town.District1), None);

        Assert.Equal(1200, view.Members.Count);
        Assert.Equal(2, tally.Count);
    }

    /// <summary>Writes members straight through the store in transactions of 100, to build a large partition quickly.</summary>
    private async Task FillAsync(AreaId area, string district, int count)
    {
        var members = Enumerable.Range(0, count)
            .Select(i => TestTown.Partner($"Lid {i:D5}", district) with { Id = MemberId.New(area, azurite.Clock) })
            .ToList();
        var rows = members.Select(m => new Azure.Data.Tables.TableTransactionAction(
            Azure.Data.Tables.TableTransactionActionType.Add, Wijkverbinder.Storage.Network.MemberRows.ToRow(m)));
        foreach (var chunk in rows.Chunk(100))
        {
            await azurite.Tables.Network.SubmitTransactionAsync(chunk, None);
        }
    }
}
