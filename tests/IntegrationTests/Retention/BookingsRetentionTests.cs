using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Wijkverbinder.Domain.Bookings;
using Wijkverbinder.Domain.Retention;
using Wijkverbinder.IntegrationTests.Bookings;
using Wijkverbinder.IntegrationTests.Infrastructure;
using Wijkverbinder.Storage.Retention;

namespace Wijkverbinder.IntegrationTests.Retention;

/// <summary>
/// Bookings past their retention go with their day and outbox rows; a declined one goes sooner without touching the
/// days a later booking holds; no day row is ever left without its booking (it would block that date for everyone).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BookingsRetentionTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ExpiredBookingsGoWithTheirDaysADeclinedOneSoonerAndNoDayIsLeftWithoutItsBooking()
    {
        var t = await BookingTown.CreateAsync(azurite);
        var past = BookingTown.Valid(await t.Service.ApproveAsync((await t.RequestAsync(1, 2)).Id, t.People.Manager.Id, None));
        var declined = BookingTown.Valid(await t.Service.DeclineAsync((await t.RequestAsync(5, 6)).Id, t.People.Manager.Id, "De tent is uitgeleend", None));
        var later = await t.RequestAsync(5, 6);
        var policy = new BookingsRetention(azurite.Tables, Options.Create(new RetentionOptions { BookingsDays = 365, DeclinedBookingsDays = 90 }));
        Assert.Equal(2, (await DaysOfAsync(t, past)).Count);

        var afterDecision = await policy.DeleteExpiredAsync(t.Code, AzuriteFixture.Now.AddDays(91), None);

        Assert.Equal(1, afterDecision);
        Assert.Null(await t.Store.GetAsync(declined.Id, None));
        Assert.DoesNotContain(await t.RowsAsync("outbox"), r => r.GetString("Local") == declined.Id.Local);
        Assert.Equal(2, (await DaysOfAsync(t, later)).Count);
        Assert.Equal(2, (await DaysOfAsync(t, past)).Count);
        Assert.NotNull(await t.Store.GetAsync(past.Id, None));

        // A year after the first booking's last day it goes, days and all; the later one is a few days younger and stays.
        var afterLastDay = await policy.DeleteExpiredAsync(t.Code, AzuriteFixture.Now.AddDays(2 + 365 + 1), None);

        Assert.Equal(1, afterLastDay);
        Assert.Null(await t.Store.GetAsync(past.Id, None));
        Assert.Empty(await DaysOfAsync(t, past));
        Assert.DoesNotContain(await t.RowsAsync("outbox"), r => r.GetString("Local") == past.Id.Local);
        Assert.Equal(BookingStatus.Requested, (await t.Store.GetAsync(later.Id, None))!.Status);
        Assert.Equal([later.Id.Local], (await t.RowsAsync("outbox")).Select(r => r.GetString("Local")).Distinct());
        var bookings = (await t.RowsAsync("booking")).Select(r => r.RowKey[2..]).ToHashSet();
        Assert.All(await t.RowsAsync("day"), day => Assert.Contains(day.GetString("Booking"), bookings));
        Assert.Single(await t.RowsAsync("resource"));
    }

    [Fact]
    public async Task ZeroDaysKeepsEveryBooking()
    {
        var t = await BookingTown.CreateAsync(azurite);
        var booking = BookingTown.Valid(await t.Service.DeclineAsync((await t.RequestAsync(1, 1)).Id, t.People.Manager.Id, "Dubbel aangevraagd", None));

        var removed = await new BookingsRetention(azurite.Tables, Options.Create(new RetentionOptions { BookingsDays = 0, DeclinedBookingsDays = 0 }))
            .DeleteExpiredAsync(t.Code, AzuriteFixture.Now.AddDays(5000), None);

        Assert.Equal(0, removed);
        Assert.NotNull(await t.Store.GetAsync(booking.Id, None));
    }

    private static async Task<List<TableEntity>> DaysOfAsync(BookingTown t, Booking booking) =>
        [.. (await t.RowsAsync("day")).Where(r => r.GetString("Booking") == booking.Id.Local)];
}
