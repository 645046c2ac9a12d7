using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Dashboard;

namespace Wijkverbinder.IntegrationTests.Dashboard;

[Collection(AzuriteCollection.Name)]
public sealed class DashboardStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ASnapshotRoundTripsAndReadingItIsOneRequest()
    {
        var town = await azurite.NewMunicipalityAsync();
        var centre = await azurite.Registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        await azurite.Registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District1), centre.TieTo(TieType.SupportedBy));
        var snapshot = Build(town, await azurite.Store.GetAreaNetworkAsync(town.AreaA, None), town.District1);
        var store = new TableDashboardStore(azurite.Tables);
        var scope = DashboardScope.ForDistrict(town.District1);
        await store.SaveAsync(scope, snapshot, None);

        DashboardSnapshot? read;
        using (var tally = azurite.Counter.BeginTally())
        {
            read = await store.GetAsync(scope, None);
            Assert.Single(tally.Requests);
        }

        Assert.Equal(Json(snapshot), Json(read!));
        Assert.Equal(["Buurtcentrum", "Moestuin"], read!.Map.Nodes.Select(n => n.Name).Order());
    }

    [Fact]
    public async Task AMissingSnapshotIsNullAfterOneRequest()
    {
        var town = await azurite.NewMunicipalityAsync();

        using var tally = azurite.Counter.BeginTally();
        Assert.Null(await new TableDashboardStore(azurite.Tables).GetAsync(DashboardScope.ForArea(town.AreaB), None));
        Assert.Single(tally.Requests);
    }

    [Fact]
    public async Task AnAreaAndADistrictWhoseKeysShareAPrefixAreKeptApart()
    {
        var town = await azurite.NewMunicipalityAsync();
        var store = new TableDashboardStore(azurite.Tables);
        var empty = new NetworkView([], []);
        var a1 = new AreaId(town.Code, "A1");
        await store.SaveAsync(DashboardScope.ForArea(town.AreaA), Build(town, empty, town.District1) with { ScopeName = "A" }, None);
        await store.SaveAsync(DashboardScope.ForArea(a1), Build(town, empty, town.District1) with { ScopeName = "A1" }, None);

        Assert.Equal("A", (await store.GetAsync(DashboardScope.ForArea(town.AreaA), None))!.ScopeName);
        Assert.Equal("A1", (await store.GetAsync(DashboardScope.ForArea(a1), None))!.ScopeName);
    }

    [Fact]
    public async Task ADistrictOfAThousandMembersAndFiveThousandTiesFitsOneRowAndReadsInOneRequest()
    {
        var town = await azurite.NewMunicipalityAsync();
        var snapshot = Build(town, LargeNetwork.Of(new TestTownArea(town.AreaA, town.District1), 1_000, 5_000), town.District1);
        var store = new TableDashboardStore(azurite.Tables);
        var scope = DashboardScope.ForDistrict(town.District1);
        await store.SaveAsync(scope, snapshot, None);

        DashboardSnapshot? read;
        using (var tally = azurite.Counter.BeginTally())
        {
            read = await store.GetAsync(scope, None);
            Assert.Single(tally.Requests);
        }

        Assert.Equal(Json(snapshot), Json(read!));
        Assert.Equal((1_000, 5_000), (read!.Map.Nodes.Count, read.Map.Edges.Count));
        var rows = await RowsAsync(town.Code);
        var row = Assert.Single(rows);
        Assert.Equal(1, row.GetInt32("Rows"));
        Assert.True(row.GetInt32("CompressedBytes") < TableDashboardStore.ChunkBytes * TableDashboardStore.ChunksPerRow);
    }

    [Fact]
    public async Task ASnapshotLargerThanOneEntityContinuesInMoreRowsAndStillReadsInOneRequest()
    {
        var town = await azurite.NewMunicipalityAsync();
        var store = new TableDashboardStore(azurite.Tables);
        var scope = DashboardScope.ForDistrict(town.District1);

        // Random names do not compress: 4,000 members with 400-character names make several megabytes of JSON.
        var huge = Build(town, LargeNetwork.Of(new TestTownArea(town.AreaA, town.District1), 4_000, 4_000, nameLength: 400), town.District1);
        await store.SaveAsync(scope, huge, None);
        var rows = await RowsAsync(town.Code);
        Assert.True(rows.Count > 1, $"expected continuation rows, found {rows.Count} row(s)");

        using (var tally = azurite.Counter.BeginTally())
        {
            Assert.Equal(Json(huge), Json((await store.GetAsync(scope, None))!));
            Assert.Single(tally.Requests);
        }

        // A smaller snapshot replaces it; the old continuation rows go.
        var small = Build(town, new NetworkView([], []), town.District1);
        await store.SaveAsync(scope, small, None);
        Assert.Equal(Json(small), Json((await store.GetAsync(scope, None))!));
        Assert.Single(await RowsAsync(town.Code));
    }

    private static DashboardSnapshot Build(TestTown town, NetworkView network, string district) =>
        new DashboardBuilder(new FakeTimeProvider(AzuriteFixture.Now)).Build(DashboardScope.ForDistrict(district), "Wijk", town.Municipality, network, [district], [], new Dictionary<Domain.Colleagues.ColleagueId, string>());

    private static string Json(DashboardSnapshot snapshot) => JsonSerializer.Serialize(snapshot, DashboardJsonContext.Default.DashboardSnapshot);

    private async Task<List<TableEntity>> RowsAsync(string municipality)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.Dashboards.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality}"), select: ["RowKey", "Rows", "CompressedBytes"]))
        {
            rows.Add(row);
        }

        return rows;
    }
}
