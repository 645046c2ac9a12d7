using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Referrals;

[Collection(AzuriteCollection.Name)]
public sealed class ReferralConcurrencyTests(AzuriteFixture azurite)
{
    private const int Rounds = 20;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OfTwoTeamMembersAcceptingAtOnceExactlyOneWins()
    {
        var t = await ReferralTown.CreateAsync(azurite);
        await t.Colleagues.ListAsync(t.Code, None);

        for (var round = 0; round < Rounds; round++)
        {
            var created = await t.CreateAsync(t.Draft($"Verzoek {round}"));
            using var start = new ManualResetEventSlim();
            var attempts = new[] { t.Ann.Id, t.Bob.Id }
                .Select(actor => Task.Run(async () =>
                {
                    start.Wait();
                    return await t.Service.AcceptAsync(created.Id, actor, None);
                }))
                .ToArray();
            start.Set();
            var results = await Task.WhenAll(attempts);

            Assert.Single(results, r => r!.IsValid);
            var loser = Assert.Single(results, r => !r!.IsValid)!;
            Assert.Contains(Assert.Single(loser.Errors).Code, new[] { ValidationCodes.ChangedMeanwhile, ValidationCodes.NotAllowedNow });
            var record = await t.GetAsync(created.Id);
            Assert.Equal(ReferralStatus.Accepted, record.Referral.Status);
            Assert.Single(record.History, e => e.Kind == ReferralEventKind.Accepted);
            Assert.Equal(2, record.Referral.LastSequence);
        }

        // One accept notification per referral: the loser wrote no outbox row either.
        var pending = await t.Outbox.ListPendingAsync(t.Code, 1000, None);
        Assert.Equal(Rounds, pending.Count(n => n.EventSequence == 2));
    }
}
