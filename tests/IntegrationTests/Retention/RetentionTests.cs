using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Jobs;
using Wijkverbinder.Storage.Audit;
using Wijkverbinder.Storage.Retention;

namespace Wijkverbinder.IntegrationTests.Retention;

/// <summary>
/// Retention on a seeded municipality, on a clock two years on: exactly the expired records go (whole referrals with
/// their history and index rows, deliveries, addresses of people who left, whole audit days), the rest stays, the
/// remaining audit days still verify, and the run is recorded with counts only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionTests(AzuriteFixture azurite)
{
    private static readonly RetentionOptions Days = new() { ClosedReferralsDays = 730, AuditDays = 365, DeliveriesDays = 90, ConversationReferencesOfLeaversDays = 30 };

    [Fact]
    public async Task RemovesExactlyWhatExpiredAndRecordsTheCounts()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        var expired = await ClosedAsync(town);
        var open = await town.CreateAsync();
        town.Clock.Advance(TimeSpan.FromDays(2));
        var closedLater = await ClosedAsync(town);
        await SeedDeliveriesAsync(town.Code);
        var tenant = $"tenant-{town.Code}";
        await SeedConversationsAsync(tenant);
        var oldDay = AzuriteFixture.Today;
        var keptDay = AzuriteFixture.Today.AddDays(400);
        await SeedAuditAsync(town.Code, AzuriteFixture.Now, AzuriteFixture.Now.AddDays(400));

        var rowsOfKept = (await LocalsAsync(town)).Count(l => l == closedLater.Local);
        Assert.NotEqual(0, (await LocalsAsync(town)).Count(l => l == expired.Local));
        var clock = new FakeTimeProvider(AzuriteFixture.Now.AddDays(731));
        var log = new TableAuditLog(azurite.Tables, clock, AuditKeyRing.Development);
        var removed = await Job(town.Code, log, clock).RunAsync(CancellationToken.None);

        Assert.Equal(1, removed["closedReferral"]);
        Assert.Equal(1, removed["delivery"]);
        Assert.Equal(2, removed["auditRecord"]);
        Assert.True(removed["conversationReference"] >= 2);
        Assert.Null(await town.Store.GetAsync(expired, CancellationToken.None));
        Assert.DoesNotContain(await LocalsAsync(town), l => l == expired.Local);
        Assert.Equal(2, (await town.GetAsync(closedLater)).History.Count);
        Assert.Single((await town.GetAsync(open.Id)).History);
        Assert.Equal(rowsOfKept, (await LocalsAsync(town)).Count(l => l == closedLater.Local));
        Assert.Equal(["kept"], await KeysAsync(azurite.Tables.Deliveries, town.Code));
        Assert.Equal(["Personal|stays", "Personal|uninstalled-lately"], await KeysAsync(azurite.Tables.Conversations, tenant));
        Assert.Empty(await log.ReadDayAsync(town.Code, oldDay, CancellationToken.None));
        Assert.True(AuditVerifier.Verify(town.Code, keptDay, await log.ReadDayAsync(town.Code, keptDay, CancellationToken.None), AuditKeyRing.Development) is { Intact: true, Records: 2 });

        var recorded = await log.ReadDayAsync(town.Code, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        Assert.Equal(
            [("auditRecord", 2L), ("closedReferral", 1L), ("delivery", 1L)],
            recorded.Where(r => r.ObjectType != "conversationReference").Select(r => (r.ObjectType, r.Count ?? -1)).Order());
        Assert.All(recorded, r => Assert.Equal((AuditActions.RetentionDelete, AuditResult.Allowed, AuditOrigin.Job, (string?)null), (r.Action, r.Result, r.Origin, r.ObjectId)));
        Assert.True(AuditVerifier.Verify(town.Code, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), recorded, AuditKeyRing.Development).Intact);
    }

    [Fact]
    public async Task ARunTheNextDayRemovesNothingMore()
    {
        var town = await ReferralTown.CreateAsync(azurite);
        await ClosedAsync(town);
        var clock = new FakeTimeProvider(AzuriteFixture.Now.AddDays(731));
        var log = new TableAuditLog(azurite.Tables, clock, AuditKeyRing.Development);
        var job = Job(town.Code, log, clock);

        var first = await job.RunAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        var second = await job.RunAsync(CancellationToken.None);

        Assert.Equal(1, first["closedReferral"]);
        Assert.Equal(0, second["closedReferral"]);
        Assert.Empty(await town.RowsAsync("event"));
    }

    private RetentionJob Job(string municipality, TableAuditLog log, TimeProvider clock)
    {
        var options = Options.Create(Days);
        IRetentionPolicy[] policies =
        [
            new ClosedReferralsRetention(azurite.Tables, options),
            new DeliveriesRetention(azurite.Tables, options),
            new ConversationsOfLeaversRetention(azurite.Tables, options),
            new AuditDaysRetention(azurite.Tables, options),
        ];
        return new RetentionJob(policies, log, Options.Create(new WijkverbinderOptions { MunicipalityCode = municipality }), clock, NullLogger<RetentionJob>.Instance);
    }

    private static async Task<ReferralId> ClosedAsync(ReferralTown town)
    {
        var referral = await town.CreateAsync();
        var declined = await town.Service.DeclineAsync(referral.Id, town.Ann.Id, "Past niet bij ons team.", CancellationToken.None);
        Assert.True(declined?.IsValid);
        return referral.Id;
    }

    private async Task<List<string?>> LocalsAsync(ReferralTown town)
    {
        var locals = new List<string?>();
        await foreach (var row in azurite.Tables.Referrals.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {town.Code}")))
        {
            locals.Add(row.GetString("Local"));
        }

        return locals;
    }

    private async Task SeedDeliveriesAsync(string municipality)
    {
        await azurite.Tables.Deliveries.AddEntityAsync(new TableEntity(municipality, "expired") { ["State"] = "Sent", ["At"] = AzuriteFixture.Now });
        await azurite.Tables.Deliveries.AddEntityAsync(new TableEntity(municipality, "kept") { ["State"] = "Sent", ["At"] = AzuriteFixture.Now.AddDays(700) });
    }

    private async Task SeedConversationsAsync(string tenant)
    {
        var longAgo = AzuriteFixture.Now;
        await azurite.Tables.Conversations.AddEntityAsync(new TableEntity(tenant, "Personal|uninstalled") { ["Installed"] = false, ["Blocked"] = false, ["UpdatedAt"] = longAgo });
        await azurite.Tables.Conversations.AddEntityAsync(new TableEntity(tenant, "Personal|blocked") { ["Installed"] = true, ["Blocked"] = true, ["UpdatedAt"] = longAgo });
        await azurite.Tables.Conversations.AddEntityAsync(new TableEntity(tenant, "Personal|stays") { ["Installed"] = true, ["Blocked"] = false, ["UpdatedAt"] = longAgo });
        await azurite.Tables.Conversations.AddEntityAsync(new TableEntity(tenant, "Personal|uninstalled-lately") { ["Installed"] = false, ["Blocked"] = false, ["UpdatedAt"] = AzuriteFixture.Now.AddDays(720) });
    }

    private async Task SeedAuditAsync(string municipality, params DateTimeOffset[] days)
    {
        foreach (var day in days)
        {
            var log = new TableAuditLog(azurite.Tables, new FakeTimeProvider(day), AuditKeyRing.Development);
            for (var i = 0; i < 2; i++)
            {
                await log.AppendAsync(new AuditEntry(municipality, "GET /api/tab/me", "me", null, AuditResult.Allowed, AuditOrigin.TabApi, "00000000-0000-0000-0000-000000000020"), CancellationToken.None);
            }
        }
    }

    private static async Task<List<string>> KeysAsync(TableClient table, string partition)
    {
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }
}
