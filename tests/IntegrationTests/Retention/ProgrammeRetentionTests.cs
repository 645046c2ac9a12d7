using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.Domain.Successes;
using Wijkverbinder.IntegrationTests.Budget;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Jobs;
using Wijkverbinder.Storage.Audit;
using Wijkverbinder.Storage.Retention;
using Wijkverbinder.Storage.Successes;

namespace Wijkverbinder.IntegrationTests.Retention;

/// <summary>
/// The [Programme] data in the retention run, on a clock two years on with successes kept 600 days: an old success goes
/// and a young one stays, the wijkprogramma rows of an area that no longer exists go and an existing area's stay, a
/// decided budget request goes with the closed referrals while an open one and the ledger stay, and the run is recorded
/// with a count per record type only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProgrammeRetentionTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly RetentionOptions Days = new() { SuccessesDays = 600, ProgrammeOfRemovedAreasDays = 30, ClosedReferralsDays = 730, BookingsDays = 365, DeclinedBookingsDays = 90 };

    [Fact]
    public async Task RemovesExpiredSuccessesRemovedAreasProgrammeAndDecidedBudgetRequestsAndRecordsCountsOnly()
    {
        var b = await BudgetTown.CreateAsync(azurite, 1000m);
        var (town, year) = (b.Referrals, b.Year);
        var declined = await b.SubmitAsync(100m);
        Assert.True((await b.Service.DeclineAsync(declined.Id, town.Bob.Id, "Structurele financiering", BudgetTown.AllMet, None))!.IsValid);
        var open = await b.SubmitAsync(200m, "Buurtfeest");
        var store = new TableSuccessStore(azurite.Tables);
        var successes = new SuccessService(store, azurite.Store, town.Clock);
        var garden = await InitiativeAsync(town.Town.AreaA, town.Town.District1);
        var old = await MarkAsync(successes, garden, "Twintig buren oogsten samen.");
        town.Clock.Advance(TimeSpan.FromDays(300));
        var young = await MarkAsync(successes, garden, "De tuin krijgt een kas.");
        await SeedProgrammeAsync(town.Code, town.Town.AreaA.Key, "W9");
        var programme = new RemovedAreaProgrammeRetention(azurite.Tables, azurite.Store, Options.Create(Days));

        // Just written: even the removed area's rows are within their grace period.
        Assert.Equal(0, await programme.DeleteExpiredAsync(town.Code, DateTimeOffset.UtcNow.AddDays(1), None));

        var clock = new FakeTimeProvider(AzuriteFixture.Now.AddDays(731));
        var log = new TableAuditLog(azurite.Tables, clock, AuditKeyRing.Development);
        IRetentionPolicy[] policies =
        [
            new ClosedReferralsRetention(azurite.Tables, Options.Create(Days)),
            new BookingsRetention(azurite.Tables, Options.Create(Days)),
            new SuccessesRetention(azurite.Tables, Options.Create(Days)),
            programme,
        ];
        var job = new RetentionJob(policies, log, Options.Create(new WijkverbinderOptions { MunicipalityCode = town.Code }), clock, NullLogger<RetentionJob>.Instance);
        var removed = await job.RunAsync(None);

        Assert.Equal((1L, 0L, 1L, 1L), (removed["closedReferral"], removed["booking"], removed["success"], removed["removedAreaProgramme"]));
        Assert.Equal([young.Id], (await store.ListAsync(town.Town.AreaA, 10, None)).Select(s => s.Id));
        Assert.NotEqual(old.Id, young.Id);
        Assert.Equal([$"card|{town.Town.AreaA.Key}", $"goals|{town.Town.AreaA.Key}|armoede"], await ProgrammeKeysAsync(town.Code));
        Assert.Null(await town.Store.GetAsync(declined.Id, None));
        Assert.NotNull(await town.Store.GetAsync(open.Id, None));
        Assert.Equal(1000m, (await b.Store.GetAsync(town.Town.AreaA, year, None))!.Amount);

        var recorded = await log.ReadDayAsync(town.Code, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), None);
        Assert.Equal(
            [("booking", 0L), ("closedReferral", 1L), ("removedAreaProgramme", 1L), ("success", 1L)],
            recorded.Select(r => (r.ObjectType, r.Count ?? -1)).Order());
        Assert.All(recorded, r => Assert.Equal((AuditActions.RetentionDelete, AuditResult.Allowed, (string?)null, AuditEntry.SystemActor), (r.Action, r.Result, r.ObjectId, r.Actor)));
    }

    [Fact]
    public async Task WithoutTheMunicipalitysAreasNoProgrammeRowGoes()
    {
        var code = AzuriteFixture.UnsavedMunicipality().Code;
        await SeedProgrammeAsync(code, "A", "W9");

        var removed = await new RemovedAreaProgrammeRetention(azurite.Tables, azurite.Store, Options.Create(Days))
            .DeleteExpiredAsync(code, DateTimeOffset.UtcNow.AddDays(400), None);

        Assert.Equal(0, removed);
        Assert.Equal(5, (await ProgrammeKeysAsync(code)).Count);
    }

    private async Task<MemberId> InitiativeAsync(AreaId area, string district) =>
        (await azurite.Store.CreateMemberAsync(
            TestTown.Initiative("Buurtmoestuin", district) with { Id = MemberId.New(area, azurite.Clock) },
            [],
            new Dictionary<MemberId, Member>(),
            None)).Member.Id;

    private static async Task<Success> MarkAsync(SuccessService successes, MemberId initiative, string story)
    {
        var marked = await successes.MarkAsync(initiative, story, null, new("colleague-ann"), None);
        Assert.True(marked!.IsValid);
        return marked.Value!;
    }

    /// <summary>An existing area's card link and goals, and a card link, goals and a pending change of a removed area.</summary>
    private async Task SeedProgrammeAsync(string municipality, string existing, string removed)
    {
        foreach (var key in new[] { $"card|{existing}", $"goals|{existing}|armoede", $"card|{removed}", $"goals|{removed}|armoede", $"outbox|{removed}|change-1" })
        {
            await azurite.Tables.Programme.AddEntityAsync(new TableEntity(municipality, key) { ["Note"] = "seeded" }, None);
        }
    }

    private async Task<List<string>> ProgrammeKeysAsync(string municipality)
    {
        var keys = new List<string>();
        await foreach (var row in azurite.Tables.Programme.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {municipality}"), select: ["RowKey"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
