using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Budget;

[Collection(AzuriteCollection.Name)]
public sealed class BudgetConcurrencyTests(AzuriteFixture azurite)
{
    private const int Rounds = 8;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OfTwoGrantsRacingForTheLastEurosExactlyOneIsBookedAndTheLedgerIsExact()
    {
        var b = await BudgetTown.CreateAsync(azurite, 1000.00m);
        var granted = 0m;
        for (var round = 0; round < Rounds; round++)
        {
            var first = await b.SubmitAsync(600.00m, $"Initiatief {round}a");
            var second = await b.SubmitAsync(600.00m, $"Initiatief {round}b");
            using var start = new ManualResetEventSlim();
            var attempts = new[] { (first, b.Referrals.Ann), (second, b.Referrals.Bob) }
                .Select(x => Task.Run(async () =>
                {
                    start.Wait();
                    return await b.Service.GrantAsync(x.Item1.Id, x.Item2.Id, 600.00m, "Past in het wijkprogramma", BudgetTown.AllMet, None);
                }))
                .ToArray();
            start.Set();
            var results = await Task.WhenAll(attempts);

            Assert.Single(results, r => r!.IsValid);
            var loser = Assert.Single(results, r => !r!.IsValid)!;
            var refusal = Assert.Single(loser.Errors);
            Assert.Equal(ValidationCodes.NotEnoughLeft, refusal.Code);
            Assert.Equal(400.00m, refusal.Arguments[0]);
            Assert.Equal("Gebied A", refusal.Arguments[1]);

            granted += 600.00m;
            var ledger = await b.LedgerAsync();
            Assert.Equal(granted, ledger.Granted);
            Assert.Equal(400.00m, ledger.Left);

            // The loser's request is untouched: still waiting for a decision, nothing in its history.
            var loserId = results[0]!.IsValid ? second.Id : first.Id;
            var record = await b.Referrals.GetAsync(loserId);
            Assert.True(record.Referral.IsOpen);
            Assert.Null(record.Referral.Budget!.Granted);
            Assert.DoesNotContain(record.History, e => e.Kind == ReferralEventKind.Completed);

            // The next round starts with 1000.00 left again.
            await b.SetBudgetAsync(ledger.Amount + 600.00m);
        }
    }
}
