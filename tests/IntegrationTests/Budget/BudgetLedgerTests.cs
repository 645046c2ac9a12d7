using Wijkverbinder.Domain.Budget;
using Wijkverbinder.Domain.Referrals;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Budget;

[Collection(AzuriteCollection.Name)]
public sealed class BudgetLedgerTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AGrantAboveWhatIsLeftIsRefusedWithTheAmountLeftAndChangesNothing()
    {
        var b = await BudgetTown.CreateAsync(azurite, 1234.50m);
        var request = await b.SubmitAsync(2000.00m);
        var before = await b.LedgerAsync();

        var result = await b.Service.GrantAsync(request.Id, b.Referrals.Ann.Id, 1500.00m, "Mooi plan", BudgetTown.AllMet, None);

        var error = Assert.Single(result!.Errors);
        Assert.Equal(("amount", ValidationCodes.NotEnoughLeft), (error.Field, error.Code));
        Assert.Equal([1234.50m, "Gebied A", b.Year], error.Arguments);
        var after = await b.LedgerAsync();
        Assert.Equal((before.Granted, before.Version), (after.Granted, after.Version));
        Assert.True((await b.Referrals.GetAsync(request.Id)).Referral.IsOpen);
    }

    [Fact]
    public async Task CentsAddUpExactlyOnTheLedgerAndALowerGrantAndItsSpendingAreKept()
    {
        var b = await BudgetTown.CreateAsync(azurite, 99_999_999.99m);
        var ten = await b.SubmitAsync(0.10m, "Tien cent");
        var twenty = await b.SubmitAsync(0.25m, "Twintig cent");
        var large = await b.SubmitAsync(99_999_999.00m, "Groot");

        Assert.True((await b.Service.GrantAsync(ten.Id, b.Referrals.Ann.Id, 0.10m, "Ja", BudgetTown.AllMet, None))!.IsValid);
        Assert.True((await b.Service.GrantAsync(twenty.Id, b.Referrals.Bob.Id, 0.20m, "Deels: minder nodig", BudgetTown.AllMet, None))!.IsValid);
        Assert.Equal(0.30m, (await b.LedgerAsync()).Granted);

        Assert.True((await b.Service.GrantAsync(large.Id, b.Referrals.Ann.Id, 99_999_999.00m, "Ja", BudgetTown.AllMet, None))!.IsValid);
        Assert.Equal(99_999_999.30m, (await b.LedgerAsync()).Granted);
        Assert.Equal(0.69m, (await b.LedgerAsync()).Left);

        Assert.True((await b.Service.SpendAsync(twenty.Id, b.Referrals.Referrer.Id, 0.10m, "Zaden", None))!.IsValid);
        var tooMuch = await b.Service.SpendAsync(twenty.Id, b.Referrals.Referrer.Id, 0.11m, null, None);
        Assert.Equal([0.10m], Assert.Single(tooMuch!.Errors, e => e.Code == ValidationCodes.AboveGranted).Arguments);

        var record = await b.Referrals.GetAsync(twenty.Id);
        Assert.Equal((0.25m, 0.20m, 0.10m), (record.Referral.Budget!.Amount, record.Referral.Budget.Granted, record.Referral.Budget.Spent));
        Assert.Equal("0.10 Zaden", Assert.Single(record.History, e => e.Kind == ReferralEventKind.SpendingRecorded).Text);
        Assert.Equal(0.10m, (await b.LedgerAsync()).Spent);
        Assert.Equal(3, (await b.Service.RequestsAsync(b.Referrals.Town.AreaA, b.Year, None)).Count);
    }

    [Fact]
    public async Task TheRequestGoesToTheHolderWithItsChecklistAndDeclinedKeepsTheAnswers()
    {
        var b = await BudgetTown.CreateAsync(azurite, 500m);
        var request = await b.SubmitAsync(100m);

        Assert.Equal(Referrals.ReferralTown.SocialTeamId, request.Receiver);
        Assert.Equal(SubjectKind.BudgetRequest, request.Subject);
        Assert.Single((await b.Referrals.Outbox.ListPendingAsync(b.Referrals.Code, 100, None)), n => n.Referral == request.Id && n.Channel == NotificationChannel.Mail);

        var declined = await b.Service.DeclineAsync(request.Id, b.Referrals.Bob.Id, "Structurele financiering", [new("no-private-interest", false, "Eigen winkel")], None);

        Assert.True(declined!.IsValid);
        var stored = (await b.Referrals.GetAsync(request.Id)).Referral;
        Assert.Equal(ReferralStatus.Declined, stored.Status);
        Assert.Equal(
            [new ChecklistAnswer("no-private-interest", false, "Eigen winkel"), new ChecklistAnswer("applied-before", true)],
            stored.Budget!.Checklist);
        Assert.Equal(0m, (await b.LedgerAsync()).Granted);
    }

    [Fact]
    public async Task WithoutABudgetHolderARequestIsRefusedAndNothingIsStored()
    {
        var t = await Referrals.ReferralTown.CreateAsync(azurite);
        var b = await BudgetTown.CreateAsync(azurite, 10m);
        var draft = b.Draft(5m) with { District = t.Town.District1 };

        var result = await b.Service.SubmitAsync(t.Town.Municipality, draft, t.Referrer.Id, None);

        Assert.Equal(ValidationCodes.NoBudgetHolder, Assert.Single(result.Errors).Code);
        Assert.Empty(await t.RowsAsync("referral"));
    }
}
