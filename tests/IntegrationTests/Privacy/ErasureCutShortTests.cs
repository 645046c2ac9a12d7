using Microsoft.Extensions.DependencyInjection;
using Wijkverbinder.Domain.Colleagues;
using Wijkverbinder.Domain.Dashboard;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Privacy;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Privacy;

namespace Wijkverbinder.IntegrationTests.Privacy;

/// <summary>
/// An erasure cut short (the process dies after some of its writes) is finished by the next run in a fresh process:
/// the person is still found, and afterwards no table holds them while everyone else stays.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ErasureCutShortTests(AzuriteFixture azurite)
{
    /// <summary>A whole erasure of the seeded person makes 14 writes; it is cut after each number of them in turn.</summary>
    public static TheoryData<int> CutPoints() => [.. Enumerable.Range(0, 14)];

    [Theory]
    [MemberData(nameof(CutPoints))]
    public async Task AnErasureCutShortAfterAnyWriteIsFinishedByTheNextRun(int writes)
    {
        var town = await SubjectTown.CreateAsync(azurite);
        var municipality = (await azurite.Store.GetMunicipalityAsync(town.Town.Code, CancellationToken.None))!;
        var lookup = SubjectLookup.Parse(null, town.Ilse.Mail).Value!;
        string[] traces = [town.IlseName, town.Ilse.Mail, town.Ilse.Id.Value, town.IlseInNetwork.Id.ToString(), town.IlseInNetwork.Id.Local];

        var crash = new CrashAfterWrites(writes);
        await using (var dying = Host(town))
        {
            var services = dying.Services;
            var colleagues = services.GetRequiredService<IColleagueDirectory>();
            var keys = services.GetRequiredService<PseudonymKey>();
            var tables = new AppTables(new StorageSettings(azurite.ConnectionString, null), azurite.Counter, [crash]);
            var cut = new SubjectRightsService(
                colleagues,
                services.GetRequiredService<INetworkStore>(),
                services.GetRequiredService<ContactConsentService>(),
                new TableSubjectDataStore(tables, keys, colleagues, services.GetRequiredService<IRoutingRuleStore>()),
                keys,
                services.GetRequiredService<DashboardRefresher>(),
                services.GetRequiredService<TimeProvider>());
            try
            {
                await cut.EraseAsync(municipality, lookup, CancellationToken.None);
            }
            catch (InvalidOperationException) when (crash.Crashed)
            {
            }
        }

        await using var restarted = Host(town);
        var erased = await restarted.Services.GetRequiredService<SubjectRightsService>().EraseAsync(municipality, lookup, CancellationToken.None);

        Assert.True(crash.Crashed, $"the erasure made only {crash.Writes} writes: update CutPoints to the new count");
        Assert.NotNull(erased);
        Assert.Empty(await TableScan.FindAsync(azurite.Tables.Service, traces));
        Assert.Equal(town.Town.Bob.Id, (await town.Town.GetAsync(town.BobsReferral.Id)).Referral.Receiver);
        Assert.NotNull(await azurite.Store.GetMemberAsync(town.Karel.Id, CancellationToken.None));
    }

    private TeamsAppFactory Host(SubjectTown town)
    {
        var app = new TeamsAppFactory(azurite);
        app.Settings["Wijkverbinder:MunicipalityCode"] = town.Town.Code;
        return app;
    }
}
