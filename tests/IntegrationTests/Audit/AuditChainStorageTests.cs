using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Wijkverbinder.Domain.Audit;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Notifications;
using Wijkverbinder.Notifications.Jobs;
using Wijkverbinder.Storage.Audit;

namespace Wijkverbinder.IntegrationTests.Audit;

/// <summary>
/// The stored chain on Azurite: it verifies as written, concurrent writers keep one unbroken chain, and a record
/// changed or removed behind the app's back (straight through the TableClient) is reported.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditChainStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AWrittenDayVerifiesAndKeepsItsRecordsInOrder()
    {
        var (code, log, search) = await StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync(Entry(code, $"GM0202.R.{i:D32}"), CancellationToken.None);
        }

        var records = await log.ReadDayAsync(code, AzuriteFixture.Today, CancellationToken.None);
        Assert.Equal([1L, 2, 3, 4, 5], records.Select(r => r.Sequence));
        Assert.True((await search.CheckAsync(code, AzuriteFixture.Today, CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task TwentyParallelAppendsFromFourWritersKeepOneVerifiableChain()
    {
        var (code, _, search) = await StartAsync();
        var writers = Enumerable.Range(0, 4).Select(_ => new TableAuditLog(azurite.Tables, azurite.Clock, AuditKeyRing.Development)).ToList();

        var appended = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => writers[i % 4].AppendAsync(Entry(code, $"object-{i}"), CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), appended.Select(r => r.Sequence).Order());
        var check = await search.CheckAsync(code, AzuriteFixture.Today, CancellationToken.None);
        Assert.True(check.Intact, string.Join(", ", check.Problems));
        Assert.Equal(20, check.Records);
    }

    [Fact]
    public async Task ARecordChangedInTheTableIsReportedAsAltered()
    {
        var (code, log, search) = await StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Entry(code, $"object-{i}"), CancellationToken.None);
        }

        var second = (await AuditRowsReader.RowsAsync(azurite, code)).Single(r => r.GetInt64("Sequence") == 2);
        second["Result"] = nameof(AuditResult.Allowed);
        await azurite.Tables.Audit.UpdateEntityAsync(second, ETag.All, TableUpdateMode.Replace);

        var check = await search.CheckAsync(code, AzuriteFixture.Today, CancellationToken.None);
        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 2)], check.Problems);
    }

    [Fact]
    public async Task ARecordDeletedFromTheTableIsReportedAsAGap()
    {
        var (code, log, search) = await StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync(Entry(code, $"object-{i}"), CancellationToken.None);
        }

        var third = (await AuditRowsReader.RowsAsync(azurite, code)).Single(r => r.GetInt64("Sequence") == 3);
        await azurite.Tables.Audit.DeleteEntityAsync(third.PartitionKey, third.RowKey);

        var check = await search.CheckAsync(code, AzuriteFixture.Today, CancellationToken.None);
        Assert.Equal([new AuditProblem(AuditProblemKind.Gap, 3)], check.Problems);
    }

    [Fact]
    public async Task TheDailyCheckRecordsTheResultAndLaterNoticesThatTheDaysLastRecordWasRemoved()
    {
        var code = (await azurite.NewMunicipalityAsync()).Code;
        var clock = new FakeTimeProvider(AzuriteFixture.Now);
        var log = new TableAuditLog(azurite.Tables, clock, AuditKeyRing.Development);
        var search = new AuditSearch(log, AuditKeyRing.Development);
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Entry(code, $"object-{i}"), CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromDays(1));
        var job = new AuditIntegrityJob(search, log, Options.Create(new WijkverbinderOptions { MunicipalityCode = code }), clock, NullLogger<AuditIntegrityJob>.Instance);
        var first = await job.RunAsync(CancellationToken.None);
        var last = (await AuditRowsReader.RowsAsync(azurite, code)).Single(r => r.GetInt64("Sequence") == 3);
        await azurite.Tables.Audit.DeleteEntityAsync(last.PartitionKey, last.RowKey);
        var second = await job.RunAsync(CancellationToken.None);

        Assert.True(first.Intact);
        Assert.Equal([new AuditProblem(AuditProblemKind.Gap, 3)], second.Problems);
        var today = await log.ReadDayAsync(code, AzuriteFixture.Today.AddDays(1), CancellationToken.None);
        Assert.Equal(
            [(AuditActions.Verify, "2026-11-28", AuditResult.Allowed, 3L), (AuditActions.Verify, "2026-11-28", AuditResult.Failed, 2L)],
            today.Select(r => (r.Action, r.ObjectId, r.Result, r.Count ?? 0)));
        Assert.All(today, r => Assert.Equal((AuditOrigin.Job, AuditEntry.SystemActor), (r.Origin, r.Actor)));
    }

    [Fact]
    public async Task RowsWrittenBeforeTheKeysStillVerifyAndAnAlteredOneIsFound()
    {
        var code = (await azurite.NewMunicipalityAsync()).Code;
        var day = AzuriteFixture.Today.AddDays(-3);
        var keys = new AuditKeyRing(AuditKeyRing.DevelopmentKeyId, new Dictionary<string, byte[]> { [AuditKeyRing.DevelopmentKeyId] = new byte[32] }, keyedFrom: AzuriteFixture.Today);
        AuditRecord? previous = null;
        for (var i = 0; i < 3; i++)
        {
            // As the code before the keys wrote them: a plain SHA-256 chain, no Version or KeyId column.
            var keyed = AuditChain.Link(Entry(code, $"object-{i}"), new DateTimeOffset(day, new TimeOnly(9, 0, i), TimeSpan.Zero), previous, keys);
            var unkeyed = keyed with { Version = AuditChain.UnkeyedVersion, KeyId = null };
            previous = unkeyed with { Hash = AuditChain.HashOf(unkeyed) };
            var row = AuditRows.ToRow(previous);
            row.Remove("Version");
            row.Remove("KeyId");
            await azurite.Tables.Audit.AddEntityAsync(row);
        }

        var log = new TableAuditLog(azurite.Tables, azurite.Clock, keys);
        var search = new AuditSearch(log, keys);
        Assert.True((await search.CheckAsync(code, day, CancellationToken.None)).Intact);
        Assert.All(await log.ReadDayAsync(code, day, CancellationToken.None), r => Assert.Equal((AuditChain.UnkeyedVersion, (string?)null), (r.Version, r.KeyId)));

        TableEntity second = await azurite.Tables.Audit.GetEntityAsync<TableEntity>(AuditRows.Partition(code, day), AuditRows.RowKey(2));
        second["Actor"] = "00000000-0000-0000-0000-000000000099";
        await azurite.Tables.Audit.UpdateEntityAsync(second, ETag.All, TableUpdateMode.Replace);
        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 2)], (await search.CheckAsync(code, day, CancellationToken.None)).Problems);
    }

    [Fact]
    public async Task ARecordRewrittenWithARecomputedPlainSha256ChainIsReported()
    {
        var (code, log, search) = await StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await log.AppendAsync(Entry(code, $"object-{i}"), CancellationToken.None);
        }

        // Someone with write access to the table, without the key: changes record 2, rehashes it and record 3 with
        // SHA-256 (as the unkeyed chain was made), keeping every link intact, and marks them unkeyed.
        var records = (await log.ReadDayAsync(code, AzuriteFixture.Today, CancellationToken.None)).ToList();
        var previousHash = records[0].Hash;
        for (var i = 1; i < records.Count; i++)
        {
            var forged = records[i] with { Actor = i == 1 ? "00000000-0000-0000-0000-000000000099" : records[i].Actor, PreviousHash = previousHash, Version = AuditChain.UnkeyedVersion, KeyId = null };
            forged = forged with { Hash = AuditChain.HashOf(forged) };
            previousHash = forged.Hash;
            await azurite.Tables.Audit.UpdateEntityAsync(AuditRows.ToRow(forged), ETag.All, TableUpdateMode.Replace);
        }

        var check = await search.CheckAsync(code, AzuriteFixture.Today, CancellationToken.None);
        Assert.Equal([new AuditProblem(AuditProblemKind.Altered, 2), new AuditProblem(AuditProblemKind.Altered, 3)], check.Problems);
    }

    private async Task<(string Code, TableAuditLog Log, AuditSearch Search)> StartAsync()
    {
        var code = (await azurite.NewMunicipalityAsync()).Code;
        var log = new TableAuditLog(azurite.Tables, azurite.Clock, AuditKeyRing.Development);
        return (code, log, new AuditSearch(log, AuditKeyRing.Development));
    }

    private static AuditEntry Entry(string municipality, string objectId) =>
        new(municipality, "POST /api/referrals/{id}/accept", "referral", objectId, AuditResult.Denied, AuditOrigin.TabApi, "00000000-0000-0000-0000-000000000020");
}
