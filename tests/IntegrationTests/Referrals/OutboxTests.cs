using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Referrals;

namespace Wijkverbinder.IntegrationTests.Referrals;

[Collection(AzuriteCollection.Name)]
public sealed class OutboxTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PendingNotificationsComeOldestFirstAcrossReferrals()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var first = await t.CreateAsync(t.Draft("Eerste"));
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await t.CreateAsync(t.Draft("Tweede"));
        t.Clock.Advance(TimeSpan.FromMinutes(1));
        await t.Service.AcceptAsync(first.Id, t.Ann.Id, None);

        var pending = await t.Outbox.ListPendingAsync(t.Code, 100, None);

        // Key order would put the first referral's accept before the second referral; time order puts it last.
        Assert.Equal(
            [(first.Id, 1), (first.Id, 1), (second.Id, 1), (second.Id, 1), (first.Id, 2)],
            pending.Select(n => (n.Referral, n.EventSequence)));
        Assert.Equal(pending.Take(3), await t.Outbox.ListPendingAsync(t.Code, 3, None));
    }

    [Fact]
    public async Task RemovingANotificationTwiceIsFine()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.CreateAsync();
        var pending = await t.Outbox.ListPendingAsync(t.Code, 100, None);
        Assert.Equal(2, pending.Count);

        await t.Outbox.RemoveAsync(pending[0], None);
        await t.Outbox.RemoveAsync(pending[0], None);

        Assert.Equal([pending[1]], await t.Outbox.ListPendingAsync(t.Code, 100, None));
        Assert.Single(await t.RowsAsync(ReferralKeys.OutboxKind));
    }

    [Fact]
    public async Task TheOutboxOfOneMunicipalityHoldsOnlyItsOwn()
    {
        var one = await ReferralTown.CreateAsync(azurite);
        var other = await ReferralTown.CreateAsync(azurite);
        var referral = await one.CreateAsync();

        Assert.Empty(await other.Outbox.ListPendingAsync(other.Code, 100, None));
        Assert.All(await one.Outbox.ListPendingAsync(one.Code, 100, None), n => Assert.Equal(referral.Id, n.Referral));
    }

    [Fact]
    public async Task ANotifyBeforeTheWaitIsKeptAndCountsOnce()
    {
        using var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();

        var first = signal.WaitAsync(TimeSpan.FromMinutes(5), None);
        Assert.True(first.IsCompletedSuccessfully);

        var second = signal.WaitAsync(TimeSpan.FromMinutes(5), None);
        Assert.False(second.IsCompleted);
        signal.Notify();
        await second.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AWaitWithoutNotifyEndsAtTheTimeoutOrOnCancellation()
    {
        using var signal = new OutboxSignal();
        await signal.WaitAsync(TimeSpan.FromMilliseconds(20), None);

        using var cancel = new CancellationTokenSource();
        var waiting = signal.WaitAsync(TimeSpan.FromMinutes(5), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
