using Wijkverbinder.Domain.Network;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Notifications;

namespace Wijkverbinder.IntegrationTests.Dispatch;

[Collection(AzuriteCollection.Name)]
public sealed class DeliveryLogTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AClaimIsWrittenBeforeTheSendAndAFinalEntryIsNeverClaimedAgain()
    {
        var town = await azurite.NewMunicipalityAsync();
        var log = new TableDeliveryLog(azurite.Tables, azurite.Clock);
        const string key = "n.1.mail.x";

        Assert.Null(await log.ClaimAsync(town.Code, key, None));
        Assert.Equal(DeliveryState.Sending, (await log.GetAsync(town.Code, key, None))!.State);

        var retry = await log.ClaimAsync(town.Code, key, None);
        Assert.Equal(DeliveryState.Sending, retry!.State);
        Assert.Equal(1, retry.Attempts);
        Assert.Equal(2, (await log.GetAsync(town.Code, key, None))!.Attempts);

        await log.MarkSentAsync(town.Code, key, "activity-1", None);
        var final = await log.ClaimAsync(town.Code, key, None);
        Assert.Equal(DeliveryState.Sent, final!.State);
        Assert.Equal("activity-1", final.ActivityId);
        Assert.Equal(DeliveryState.Sent, (await log.GetAsync(town.Code, key, None))!.State);
    }

    [Fact]
    public async Task ASkipKeepsItsReasonCode()
    {
        var town = await azurite.NewMunicipalityAsync();
        var log = new TableDeliveryLog(azurite.Tables, azurite.Clock);
        await log.ClaimAsync(town.Code, "n.2.card.y", None);
        await log.MarkSkippedAsync(town.Code, "n.2.card.y", DeliverySkipReasons.NoConversation, None);

        var entry = await log.ClaimAsync(town.Code, "n.2.card.y", None);
        Assert.Equal(DeliveryState.Skipped, entry!.State);
        Assert.Equal(DeliverySkipReasons.NoConversation, entry.Reason);
    }

    [Fact]
    public async Task OfTwoFirstClaimsAtOnceOneLoses()
    {
        var town = await azurite.NewMunicipalityAsync();

        // All four read the (missing) entry before any writes: on a busy machine they could otherwise run one after
        // the other, and a later claim of an entry still Sending rightly takes it over (a retry after a crash).
        var tables = new AppTables(new StorageSettings(azurite.ConnectionString, null), azurite.Counter, [new ReadsTogether(4)]);
        var log = new TableDeliveryLog(tables, azurite.Clock);
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await log.ClaimAsync(town.Code, "n.3.mail.z", None);
                return true;
            }
            catch (VersionConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, claims.Count(won => won));
    }
}
