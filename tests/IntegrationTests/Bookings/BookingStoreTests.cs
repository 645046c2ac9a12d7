using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Validation;
using Wijkverbinder.IntegrationTests.Infrastructure;

namespace Wijkverbinder.IntegrationTests.Bookings;

/// <summary>
/// Bookings on a real Azurite: requests for overlapping days sent at the same moment (exactly one is stored, each
/// other one is refused naming the winner's days), and the lifecycle's writes: a decision guarded by the version, the
/// days freed by a decline, the cards in the outbox.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BookingStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OfRequestsForOverlappingDaysSentAtTheSameMomentExactlyOneIsStored()
    {
        var t = await BookingTown.CreateAsync(azurite);
        var ranges = Enumerable.Range(0, 8).Select(i => (From: 10 + (i % 3), To: 13 + (i % 3))).ToList();
        using var start = new ManualResetEventSlim();

        var requests = ranges.Select(r => Task.Run(async () =>
        {
            start.Wait();
            return await t.Service.RequestAsync(t.People.Town.Municipality, t.Request(r.From, r.To), t.People.Ann.Id, None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(requests);

        var winner = Assert.Single(results, r => r.IsValid).Value!;
        Assert.All(results.Where(r => !r.IsValid), r =>
        {
            var error = Assert.Single(r.Errors);
            Assert.Equal(ValidationCodes.BookingConflict, error.Code);
            Assert.Equal([winner.From, winner.To, "Requested"], error.Arguments);
        });
        Assert.Single(await t.RowsAsync("booking"));
        Assert.Equal(winner.Days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), (await t.RowsAsync("day")).Select(r => r.RowKey.Split('|')[2]).Order());
        Assert.Single(await t.RowsAsync("outbox"));
    }

    [Fact]
    public async Task ADeclineWithItsReasonFreesTheDaysAndOnlyTheApproverDecidesOnce()
    {
        var t = await BookingTown.CreateAsync(azurite);
        var booking = await t.RequestAsync(3, 5);
        var overlap = await t.Service.RequestAsync(t.People.Town.Municipality, t.Request(5, 6), t.People.Manager.Id, None);

        var byAnn = await t.Service.ApproveAsync(booking.Id, t.People.Ann.Id, None);
        var noReason = await t.Service.DeclineAsync(booking.Id, t.People.Manager.Id, null, None);
        var unchanged = await t.Store.GetAsync(booking.Id, None);
        var declined = BookingTown.Valid(await t.Service.DeclineAsync(booking.Id, t.People.Manager.Id, "De tent is dan uitgeleend aan de school", None));
        var late = await t.Service.ApproveAsync(booking.Id, t.People.Manager.Id, None);
        var again = await t.RequestAsync(4, 6);

        Assert.Equal(ValidationCodes.BookingConflict, Assert.Single(overlap.Errors).Code);
        Assert.Equal(ValidationCodes.NotApprover, Assert.Single(byAnn!.Errors).Code);
        Assert.Equal("reason", Assert.Single(noReason!.Errors).Field);
        Assert.Equal((BookingStatus.Requested, booking.Version), (unchanged!.Status, unchanged.Version));
        Assert.Equal(BookingStatus.Declined, declined.Status);
        Assert.Equal("De tent is dan uitgeleend aan de school", (await t.Store.GetAsync(booking.Id, None))!.Reason);
        Assert.Equal(ValidationCodes.BookingNotAllowedNow, Assert.Single(late!.Errors).Code);
        Assert.Equal([again.Id], (await t.Store.ListAsync(t.Tent.Id, BookingTown.Today, BookingTown.Today.AddDays(30), None)).Select(b => b.Id));
        Assert.Equal(
            ["AskApproval", "AskApproval", "TellRequester"],
            (await t.RowsAsync("outbox")).Select(r => r.GetString("Task")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TwoDecisionsAtTheSameMomentStoreOne()
    {
        var t = await BookingTown.CreateAsync(azurite);
        var booking = await t.RequestAsync(1, 1);

        var results = await Task.WhenAll(
            t.Service.ApproveAsync(booking.Id, t.People.Manager.Id, None),
            t.Service.DeclineAsync(booking.Id, t.People.Manager.Id, "Niet beschikbaar", None));

        var won = Assert.Single(results, r => r!.IsValid)!.Value!;
        Assert.Equal(won.Status, (await t.Store.GetAsync(booking.Id, None))!.Status);
        var lost = Assert.Single(Assert.Single(results, r => !r!.IsValid)!.Errors);
        Assert.Contains(lost.Code, new[] { ValidationCodes.BookingChangedMeanwhile, ValidationCodes.BookingNotAllowedNow });
    }
}
