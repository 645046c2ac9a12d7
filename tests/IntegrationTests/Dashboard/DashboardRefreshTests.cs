using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;

namespace Wijkverbinder.IntegrationTests.Dashboard;

/// <summary>The TeamsApp rebuilds the dashboards of an area soon after its network or one of its referrals changes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardRefreshTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ANewMemberAndANewTieShowInTheRebuiltSnapshots()
    {
        var town = await azurite.NewMunicipalityAsync();
        await using var host = Host();
        var registry = host.Services.GetRequiredService<NetworkRegistry>();
        var store = host.Services.GetRequiredService<IDashboardStore>();

        var centre = await registry.CreateValidAsync(TestTown.Partner("Buurtcentrum", town.District1));
        var district = await EventuallyAsync(store, DashboardScope.ForDistrict(town.District1), s => s.Figures.Members == 1);
        Assert.Equal(1, district.Figures.Isolated);

        await registry.CreateValidAsync(TestTown.Initiative("Moestuin", town.District2), centre.TieTo(TieType.SupportedBy));
        var area = await EventuallyAsync(store, DashboardScope.ForArea(town.AreaA), s => s.Map.Edges.Count == 1);
        Assert.Equal((2, 0), (area.Figures.Members, area.Figures.Isolated));
        await EventuallyAsync(store, DashboardScope.ForDistrict(town.District1), s => s.Map.Nodes.Any(n => n.Outside && n.Name == "Moestuin"));
        Assert.Null(await store.GetAsync(DashboardScope.ForArea(town.AreaB), None));
    }

    [Fact]
    public async Task ANewReferralShowsInItsDistrictsPipeline()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await using var host = Host();
        var referrals = host.Services.GetRequiredService<ReferralService>();
        var store = host.Services.GetRequiredService<IDashboardStore>();

        var created = await referrals.CreateAsync(t.Town.Municipality, t.Draft(), t.Referrer.Id, None);
        Assert.True(created.IsValid);

        var district = await EventuallyAsync(store, DashboardScope.ForDistrict(t.Town.District1), s => s.Pipeline.Total.Referrals == 1);
        Assert.Equal(("armoede", 1), (district.Pipeline.ByTheme.Single().Key, district.Pipeline.Total.Open));
        Assert.Equal("Sociaal wijkteam", district.Pipeline.ByReceiver.Single().Name);
        await EventuallyAsync(store, DashboardScope.ForArea(t.Town.AreaA), s => s.Pipeline.Total.Referrals == 1);
        var other = await store.GetAsync(DashboardScope.ForDistrict(t.Town.District2), None);
        Assert.Equal(0, other!.Pipeline.Total.Referrals);
    }

    private TeamsAppFactory Host()
    {
        var host = new TeamsAppFactory(azurite);
        host.Settings["Jobs:DashboardDebounce"] = "00:00:00";
        _ = host.Server;
        return host;
    }

    /// <summary>
    /// Reads the snapshot until it satisfies <paramref name="done"/>; the rebuild runs in the background. Bounded by a
    /// minute of real time, not by a count of reads: a busy machine rebuilds slower, and a read ends the wait at once.
    /// </summary>
    private static async Task<DashboardSnapshot> EventuallyAsync(IDashboardStore store, DashboardScope scope, Func<DashboardSnapshot, bool> done)
    {
        DashboardSnapshot? last = null;
        var patience = System.Diagnostics.Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromMinutes(1))
        {
            last = await store.GetAsync(scope, None);
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The snapshot of {scope} was not rebuilt in time (last: {(last is null ? "none" : last.BuiltAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}).");
        return last!;
    }
}
