using Microsoft.Extensions.Logging.Abstractions;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.IntegrationTests.Referrals;
using Wijkverbinder.Notifications.Dispatch;
using Wijkverbinder.Storage;
using Wijkverbinder.Storage.Queues;

namespace Wijkverbinder.IntegrationTests.Dispatch;

[Collection(AzuriteCollection.Name)]
public sealed class OutboxRelayTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheRelayQueuesEachNotificationOnceAndEmptiesTheOutbox()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var queues = new AppQueues(new StorageSettings(azurite.ConnectionString, null), azurite.Counter);
        await queues.EnsureCreatedAsync(None);
        var referral = await t.CreateAsync();
        var pending = await t.Outbox.ListPendingAsync(t.Code, 100, None);
        Assert.NotEmpty(pending);

        var relay = new OutboxRelay(t.Outbox, queues, NullLogger<OutboxRelay>.Instance);
        Assert.Equal(pending.Count, await relay.RelayAsync(t.Code, None));
        Assert.Equal(0, await relay.RelayAsync(t.Code, None));
        Assert.Empty(await t.Outbox.ListPendingAsync(t.Code, 100, None));

        var peeked = (await queues.Notifications.PeekMessagesAsync(32, None)).Value
            .Select(m => NotificationMessage.Parse(m.Body.ToString()))
            .Where(m => m.Referral == referral.Id.ToString())
            .ToList();
        Assert.Equal(pending.Select(n => NotificationMessage.From(n)).OrderBy(m => m.ToJson()), peeked.OrderBy(m => m.ToJson()));
    }
}
