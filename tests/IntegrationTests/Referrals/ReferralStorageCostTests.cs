using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage;

namespace Wijkverbinder.IntegrationTests.Referrals;

/// <summary>With the colleague directory warm, every action is one read and one entity-group transaction.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReferralStorageCostTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EachActionCostsOneReadAndOneTransaction()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Colleagues.ListAsync(t.Code, None);

        var created = await CostAsync(() => t.CreateAsync());
        Assert.Equal((0, 1), created.Cost);
        var id = created.Value.Id;

        Assert.Equal((1, 1), (await CostAsync(() => t.Service.MarkSentAsync(id, None).ContinueWith(_ => 0, TaskScheduler.Default))).Cost);
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.AcceptAsync(id, t.Ann.Id, None))).Cost);
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.RequestInformationAsync(id, t.Ann.Id, "Vraag?", None))).Cost);
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.ProvideInformationAsync(id, t.Referrer.Id, "Antwoord", None))).Cost);
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.ForwardAsync(id, t.Ann.Id, t.Specialist.Id, "Voor jou", None))).Cost);
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.AcceptAsync(id, t.Specialist.Id, None))).Cost);
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.CompleteAsync(id, t.Specialist.Id, "Geholpen", None))).Cost);

        var other = await t.CreateAsync();
        Assert.Equal((1, 1), (await CostAsync(() => t.Service.DeclineAsync(other.Id, t.Bob.Id, "Niet voor ons", None))).Cost);

        Assert.Equal(ReferralStatus.Completed, (await t.GetAsync(id)).Referral.Status);
    }

    [Fact]
    public async Task AReferralWithItsHistoryIsOneRead()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        var created = await t.CreateAsync();
        await t.Service.AcceptAsync(created.Id, t.Ann.Id, None);

        using var tally = azurite.Counter.BeginTally();
        var record = await t.Store.GetAsync(created.Id, None);

        Assert.Equal(2, record!.History.Count);
        Assert.Single(tally.Requests);
    }

    [Fact]
    public async Task ARefusedActionCostsOnlyItsRead()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Colleagues.ListAsync(t.Code, None);
        var created = await t.CreateAsync();

        var refused = await CostAsync(() => t.Service.CompleteAsync(created.Id, t.Ann.Id, "Klaar", None));

        Assert.False(refused.Value!.IsValid);
        Assert.Equal((1, 0), refused.Cost);
    }

    private async Task<(T Value, (int Reads, int Transactions) Cost)> CostAsync<T>(Func<Task<T>> action)
    {
        using StorageRequestTally tally = azurite.Counter.BeginTally();
        var value = await action();
        return (value, (tally.Count - tally.Batches, tally.Batches));
    }
}
